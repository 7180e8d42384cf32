using PciBot.Kit;

namespace PciBot.Tests.Chat;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("Nhiệm vụ 19?", "nhiem vu 19")]
    [InlineData("  TRỢ   GIÚP ", "tro giup")]
    [InlineData("Việc đến hạn quý này", "viec den han quy nay")]
    [InlineData("Đặt làm kênh Văn phòng", "dat lam kenh van phong")]
    [InlineData("chỉ số A.III.", "chi so a.iii")]
    [InlineData("Sở KH&ĐT", "so kh&dt")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void FoldsCaseDiacriticsAndPunctuation(string? input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input));

    [Fact]
    public void DecomposedAndPrecomposedVietnameseAreTheSame() =>
        Assert.Equal(TextNormalizer.Normalize("Thực hiện".Normalize(System.Text.NormalizationForm.FormD)), TextNormalizer.Normalize("Thực hiện"));
}
