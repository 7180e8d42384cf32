using PciBot.Registry;

namespace PciBot.Tests.Chat;

public sealed class SnapshotMatchersTests
{
    [Fact]
    public void OneSnapshotKeepsItsMatchers()
    {
        var snapshot = new PlanSnapshot(null, [Office("VP", "Văn phòng Sở")]);

        var first = SnapshotMatchers.Of(snapshot);
        var second = SnapshotMatchers.Of(snapshot);

        Assert.Same(first.Units, second.Units);
        Assert.Same(first.Indices, second.Indices);
    }

    [Fact]
    public void ANewSnapshotIsMatchedByItsOwnUnits()
    {
        var before = new PlanSnapshot(null, [Office("VP", "Văn phòng Sở")]);
        var after = new PlanSnapshot(null, [Office("VP", "Văn phòng Sở"), Office("TTBCXB", "Phòng TTBCXB")]);

        Assert.Null(SnapshotMatchers.Of(before).Units.Find("phong ttbcxb"));
        Assert.Equal("TTBCXB", SnapshotMatchers.Of(after).Units.Find("phong ttbcxb"));
    }

    private static Unit Office(string code, string name) => new() { Code = code, Name = name, FullName = name, Internal = true };
}
