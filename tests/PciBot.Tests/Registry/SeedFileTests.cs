using PciBot.Registry;
using PciBot.Registry.Seeding;
using PciBot.Tests.Infrastructure;

namespace PciBot.Tests.Registry;

public sealed class SeedFileTests
{
    private static async Task<(UnitsSeed Units, PlanSeed Plan)> ReadAsync()
    {
        var units = await SeedFiles.ReadUnitsAsync(RepositoryRoot.Seeds, CancellationToken.None);
        var plans = await SeedFiles.ReadPlansAsync(RepositoryRoot.Seeds, units.Units.Select(u => u.Code).ToHashSet(), CancellationToken.None);
        return (units, Assert.Single(plans));
    }

    [Fact]
    public async Task ThePlanHasItsMetadata()
    {
        var (_, plan) = await ReadAsync();

        Assert.Equal("3225/KH-STTTT", plan.Plan.Number);
        Assert.Equal(new DateOnly(2023, 10, 5), plan.Plan.IssuedOn);
        Assert.Equal(2023, plan.Plan.Year);
        Assert.Equal("VP", plan.Plan.CoordinatingUnit);
        Assert.Equal("SKHDT", plan.Plan.ReportTo);
        Assert.Equal(new DateOnly(2023, 12, 31), plan.Plan.ReportDeadline);
        Assert.Contains("1776/QĐ-UBND", plan.Plan.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePlanHasNineGeneralTasksAToI()
    {
        var (_, plan) = await ReadAsync();

        Assert.Equal(["a", "b", "c", "d", "e", "f", "g", "h", "i"], plan.GeneralTasks.Select(g => g.Letter));
        Assert.Contains("02 lần/năm", plan.GeneralTasks.Single(g => g.Letter == "h").Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A.I", 5, 7.3)]
    [InlineData("A.II", 5, 6.1)]
    [InlineData("A.III", 5, 8.0)]
    [InlineData("A.IV", 15, 7.85)]
    [InlineData("A.V", 10, 6.1)]
    [InlineData("A.VI", 15, 7.0)]
    [InlineData("A.VII", 15, 6.5)]
    [InlineData("A.VIII", 10, 6.5)]
    [InlineData("B.I", 25, 4.0)]
    [InlineData("B.II", 25, 4.2)]
    public async Task EachIndexHasItsWeightAndTargetAsWritten(string code, double weight, double target)
    {
        var (_, plan) = await ReadAsync();

        var index = plan.Indices.Single(i => i.Code == code);
        Assert.Equal((decimal)weight, index.WeightPercent);
        Assert.Equal((decimal)target, index.TargetScore);
        Assert.Equal(code.StartsWith('A') ? IndexFamily.Pci : IndexFamily.Pgi, index.Family);
    }

    [Fact]
    public async Task TheAppendixHas24PciAnd3PgiTasksNumberedWithoutGaps()
    {
        var (_, plan) = await ReadAsync();

        Assert.Equal(10, plan.Indices.Count);
        Assert.Equal(Enumerable.Range(1, 24), plan.Tasks.Where(t => t.Family == IndexFamily.Pci).Select(t => t.Number));
        Assert.Equal(Enumerable.Range(1, 3), plan.Tasks.Where(t => t.Family == IndexFamily.Pgi).Select(t => t.Number));
    }

    [Fact]
    public async Task EveryTaskNamesAnIndexOfItsFamilyAndUnitsFromTheDirectory()
    {
        var (units, plan) = await ReadAsync();
        var codes = units.Units.ToDictionary(u => u.Code);

        foreach (var task in plan.Tasks)
        {
            var index = plan.Indices.Single(i => i.Code == task.Index);
            Assert.Equal(task.Family, index.Family);
            Assert.NotEmpty(task.Lead);
            Assert.All(task.Lead.Concat(task.Coordinating), code => Assert.True(codes.ContainsKey(code), $"{task.Family} {task.Number}: unknown unit {code}"));
            Assert.All(task.Lead, code => Assert.True(codes[code].Internal, $"{task.Family} {task.Number}: lead {code} is external"));
            Assert.False(string.IsNullOrWhiteSpace(task.Timeline));
            Assert.DoesNotContain("  ", task.Text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(19, "Monthly")]
    [InlineData(18, "Periodic")]
    [InlineData(8, "Deadline")]
    [InlineData(20, "Period")]
    [InlineData(10, "Conditional")]
    [InlineData(21, "Annual")]
    [InlineData(1, "Ongoing")]
    public async Task CadencesFollowTheTimelineCells(int number, string cadence)
    {
        var (_, plan) = await ReadAsync();

        Assert.Equal(Enum.Parse<Cadence>(cadence), plan.Tasks.Single(t => t.Family == IndexFamily.Pci && t.Number == number).Cadence);
    }

    [Fact]
    public async Task DeadlinePeriodAndConditionComeFromTheTimeline()
    {
        var (_, plan) = await ReadAsync();
        TaskSeed Pci(int n) => plan.Tasks.Single(t => t.Family == IndexFamily.Pci && t.Number == n);

        Assert.Equal(new DateOnly(2023, 12, 31), Pci(8).Deadline);
        Assert.Equal("Quý IV/2023", Pci(8).Timeline);
        Assert.Equal((2021, 2025), (Pci(20).PeriodFrom, Pci(20).PeriodTo));
        Assert.Contains("Kho quản lý dữ liệu", Pci(10).Condition, StringComparison.Ordinal);
        Assert.All(plan.Tasks.Where(t => t.Cadence != Cadence.Deadline), t => Assert.Null(t.Deadline));
    }

    [Fact]
    public async Task GroupsExpandToInternalUnitsOnly()
    {
        var (units, _) = await ReadAsync();
        var byCode = units.Units.ToDictionary(u => u.Code);

        var allUnits = byCode["ALL_UNITS"];
        Assert.Equal(UnitKind.Group, allUnits.Kind);
        Assert.Equal("Các phòng, đơn vị thuộc Sở", allUnits.Name);
        Assert.All(units.Units.Where(u => u.Kind == UnitKind.Group).SelectMany(g => g.Members!), m => Assert.True(byCode[m].Internal && byCode[m].Kind == UnitKind.Unit));
        Assert.False(byCode["SKHDT"].Internal);
        Assert.Equal("Phòng TTBCXB", byCode["TTBCXB"].Name);
    }

    [Fact]
    public async Task AnUnknownUnitInTheSeedStopsStartWithItsName()
    {
        var units = await SeedFiles.ReadUnitsAsync(RepositoryRoot.Seeds, CancellationToken.None);
        var codes = units.Units.Select(u => u.Code).Where(c => c != "SKHDT").ToHashSet();

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => SeedFiles.ReadPlansAsync(RepositoryRoot.Seeds, codes, CancellationToken.None));
        Assert.Contains("SKHDT", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheRestoredDocumentIsComplete()
    {
        var text = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Seeds, "ke-hoach-3225-KH-STTTT-2023.md"));

        Assert.Contains("3225/KH-STTTT", text, StringComparison.Ordinal);
        Assert.Contains("Phạm Duy Lộc", text, StringComparison.Ordinal);
        Assert.Contains("Kết quả/sản phẩm", text, StringComparison.Ordinal);
        Assert.DoesNotContain("đư c", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ph i h p", text, StringComparison.Ordinal);
    }
}
