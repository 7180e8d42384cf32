using PciBot.Admin;
using PciBot.Digests;
using PciBot.Kit;
using PciBot.Localization;
using PciBot.Messaging;
using PciBot.People;
using PciBot.Questions;
using PciBot.Updates;

namespace PciBot.Tests.Localization;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("trợ giúp")]
    [InlineData("tro giup")]
    [InlineData("việc đến hạn quý này")]
    [InlineData("viec den han quy nay")]
    [InlineData("Việc đến hạn quý này?")]
    [InlineData("nhiệm vụ 19")]
    [InlineData("nhiem vu 19")]
    [InlineData("nv 19")]
    [InlineData("tôi là ai")]
    [InlineData("toi la ai")]
    [InlineData("gan lam truong phong TTBCXB")]
    [InlineData("Phòng TTBCXB")]
    [InlineData("help nhiệm vụ")]
    [InlineData("nhie\u0323\u0302m vu\u0323 19")]
    [InlineData("viec den han \uD83D")]
    public void VietnameseIsVietnameseWithOrWithoutDiacritics(string text) =>
        Assert.Same(BotTexts.Vietnamese, LanguageDetector.Detect(text));

    [Theory]
    [InlineData("help")]
    [InlineData("Help!")]
    [InlineData("what's due this quarter")]
    [InlineData("whats due this quarter")]
    [InlineData("task 8")]
    [InlineData("whoami")]
    [InlineData("tasks of Phòng TTBCXB")]
    [InlineData("assign as delegate of CNTTBCVT")]
    [InlineData("what's due at Sở KH&ĐT this quarter")]
    public void EnglishIsEnglishEvenAroundAVietnameseUnitName(string text) =>
        Assert.Same(BotTexts.English, LanguageDetector.Detect(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("19")]
    [InlineData("PGI 2")]
    [InlineData("PCI 19")]
    [InlineData("A.III")]
    [InlineData("B.I")]
    [InlineData("TTBCXB")]
    [InlineData("Q4 2023")]
    [InlineData("?")]
    [InlineData("task nhiem")]
    public void NumbersCodesAndTiesSayNothing(string? text) => Assert.Null(LanguageDetector.Detect(text));

    public static TheoryData<string, string> HelpExamples()
    {
        var data = new TheoryData<string, string>();
        foreach (var texts in new[] { BotTexts.Vietnamese, BotTexts.English })
        {
            var topics = texts.Messaging.Help.Concat(texts.Questions.Help).Concat(texts.People.Help).Concat(texts.Updates.Help)
                .Concat(texts.Digests.Help).Concat(texts.Admin.Help);
            foreach (var topic in topics)
            {
                data.Add(texts.Language, topic.Example);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(HelpExamples))]
    public void EveryHelpExampleIsReadInItsOwnLanguage(string language, string example)
    {
        Assert.Equal(language, LanguageDetector.Detect(example)?.Language);
        if (language == "vi")
        {
            Assert.Equal(language, LanguageDetector.Detect(TextNormalizer.Normalize(example))?.Language);
        }
    }
}
