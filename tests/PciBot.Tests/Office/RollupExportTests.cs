using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Wordprocessing;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
using PciBot.Exports;
using PciBot.Rollups;
using PciBot.Status;
using PciBot.Tests.Infrastructure;

namespace PciBot.Tests.Office;

public sealed class RollupExportTests : IAsyncLifetime
{
    private OfficeScenario scenario = null!;

    public async Task InitializeAsync() => scenario = await OfficeScenario.StartAsync();

    public async Task DisposeAsync() => await scenario.DisposeAsync();

    private static IEnumerable<string> SeedTaskKeys => SeedPlan.Tasks.Select(t => $"{(string)t["family"]!} {(int)t["number"]!}");

    [Fact]
    public async Task ANarrowerRollupGivesEveryLineTheStatusTheFullOneGivesIt()
    {
        var full = await scenario.RollupAsync();
        var statuses = await scenario.RollupAsync(scope: RollupScope.Statuses);
        var pci1 = full.Tasks.Single(t => t.Key.ToString() == "PCI 1");
        var one = await scenario.RollupAsync(scope: RollupScope.Task(pci1.TaskId));

        static IEnumerable<string> Lines(IEnumerable<RollupLine> lines) =>
            lines.Select(l => $"{l.TaskId} {l.UnitId} {l.PeriodKey} {l.CutOff} {l.Status} {l.PercentDone} {l.LastUpdateAt:o}");
        Assert.Equal(Lines(full.Lines), Lines(statuses.Lines));
        Assert.Equal(full.Tasks.Select(t => (t.TaskId, t.LeadUnits, t.CoordinatingUnits)), statuses.Tasks.Select(t => (t.TaskId, t.LeadUnits, t.CoordinatingUnits)));
        Assert.Contains(full.Lines, l => l.Result is not null);
        Assert.All(statuses.Lines, l => Assert.Equal((null, null, null), (l.Result, l.Obstacles, l.PreviousStatus)));
        Assert.All(statuses.Tasks, t => Assert.Empty(t.Contributions));

        Assert.Equal(pci1, Assert.Single(one.Tasks), RollupTaskComparer.Instance);
    }

    private sealed class RollupTaskComparer : IEqualityComparer<RollupTask>
    {
        public static readonly RollupTaskComparer Instance = new();

        public bool Equals(RollupTask? x, RollupTask? y) =>
            x is not null && y is not null
            && (x.TaskId, x.Key, x.Text, x.Timeline, x.LeadUnits, x.CoordinatingUnits) == (y.TaskId, y.Key, y.Text, y.Timeline, y.LeadUnits, y.CoordinatingUnits)
            && x.Lines.SequenceEqual(y.Lines)
            && x.Contributions.SequenceEqual(y.Contributions);

        public int GetHashCode(RollupTask obj) => obj.TaskId;
    }

    [Fact]
    public async Task RollupHoldsEveryTaskWithEachLeadUnitsStatusResultAndChangeSinceLastQuarter()
    {
        var rollup = await scenario.RollupAsync();

        Assert.Equal(SeedTaskKeys.Order(), rollup.Tasks.Select(t => t.Key.ToString()).Order());
        var pci1 = rollup.Tasks.Single(t => t.Key.ToString() == "PCI 1");
        var vp = pci1.Lines.Single(l => l.UnitName == "Văn phòng Sở");
        Assert.Equal(ReportStatus.DoneOnTime, vp.Status);
        Assert.Equal(100, vp.PercentDone);
        Assert.Equal(OfficeScenario.VietnameseResult, vp.Result);
        Assert.Equal(ReportStatus.Reported, vp.PreviousStatus);
        Assert.Equal(50, vp.PreviousPercentDone);
        Assert.True(vp.Changed);
        Assert.Equal(ReportStatus.Reported, pci1.Lines.Single(l => l.UnitName == "Trung tâm Cổng TTĐT").Status);
        var contribution = Assert.Single(pci1.Contributions);
        Assert.Equal(("Phòng CNTTBCVT", OfficeScenario.Contribution), (contribution.UnitName, contribution.Result));

        var pgi2 = Assert.Single(rollup.Tasks.Single(t => t.Key.ToString() == "PGI 2").Lines);
        Assert.Equal((ReportStatus.Blocked, OfficeScenario.Obstacle), (pgi2.Status, pgi2.Obstacles));
        Assert.All(rollup.Tasks.Single(t => t.Key.ToString() == "PCI 2").Lines, l => Assert.Equal(ReportStatus.Due, l.Status));
        Assert.All(rollup.Tasks.Single(t => t.Key.ToString() == "PCI 10").Lines, l => Assert.Equal(ReportStatus.NotDue, l.Status));
        Assert.All(rollup.Tasks.Single(t => t.Key.ToString() == "PCI 8").Lines, l => Assert.Equal(("D2023-12-31", new DateOnly(2023, 12, 31)), (l.PeriodKey, l.CutOff!.Value)));
        var pci19 = rollup.Tasks.Single(t => t.Key.ToString() == "PCI 19");
        Assert.All(pci19.Lines.GroupBy(l => l.UnitName), unit => Assert.Equal(["2023-M10", "2023-M11", "2023-M12"], unit.Select(l => l.PeriodKey)));
        Assert.Equal(3, pci19.Lines.Select(l => l.UnitName).Distinct().Count());
        var a1 = rollup.Indices.Single(i => i.Code == "A.I");
        Assert.NotNull(a1.WeightPercent);
    }

    [Fact]
    public async Task RollupAfterTheCutOffShowsUnreportedLinesOverdue()
    {
        scenario.App.Clock.Advance(TimeSpan.FromDays(2));

        var rollup = await scenario.RollupAsync();

        Assert.All(rollup.Tasks.Single(t => t.Key.ToString() == "PCI 2").Lines, l => Assert.Equal(ReportStatus.Overdue, l.Status));
        Assert.Equal(ReportStatus.DoneOnTime, rollup.Tasks.Single(t => t.Key.ToString() == "PCI 1").Lines.Single(l => l.UnitName == "Văn phòng Sở").Status);
    }

    [Fact]
    public async Task WordDocumentOpensWithTheHeadingBlockAndEveryTaskInTheAppendixWithItsResults()
    {
        var rollup = await scenario.RollupAsync();
        using var stream = new MemoryStream();
        RollupDocument.Write(rollup, "Quý IV/2023", stream);
        stream.Position = 0;

        using var document = WordprocessingDocument.Open(stream, false);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var body = document.MainDocumentPart!.Document!.Body!;
        var text = string.Join("\n", body.Descendants<Paragraph>().Select(p => p.InnerText));
        foreach (var expected in new[] { "UBND TỈNH KHÁNH HÒA", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Khánh Hòa, ngày 13 tháng 12 năm 2023", "BÁO CÁO", "PHỤ LỤC", "A.I. ", "B.II. " })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        var appendix = body.Elements<Table>().Last();
        var rows = appendix.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => string.Join("\n", c.Elements<Paragraph>().Select(p => p.InnerText))).ToList()).ToList();
        Assert.Equal("Kết quả/sản phẩm", rows[0][5]);
        var byKey = rows.Skip(1).Where(r => r[0].StartsWith("PCI ", StringComparison.Ordinal) || r[0].StartsWith("PGI ", StringComparison.Ordinal)).ToDictionary(r => r[0]);
        Assert.Equal(SeedTaskKeys.Order(), byKey.Keys.Order());
        Assert.Contains(OfficeScenario.VietnameseResult, byKey["PCI 1"][5], StringComparison.Ordinal);
        Assert.Contains(OfficeScenario.CongResult, byKey["PCI 1"][5], StringComparison.Ordinal);
        Assert.Contains(OfficeScenario.Contribution, byKey["PCI 1"][5], StringComparison.Ordinal);
        Assert.DoesNotContain(OfficeScenario.VietnameseResult, byKey["PCI 2"][5], StringComparison.Ordinal);
        Assert.Contains("Vướng mắc", byKey["PGI 2"][5], StringComparison.Ordinal);
        Assert.Contains(OfficeScenario.Obstacle, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WorkbookOpensWithOneRowPerTaskLeadUnitAndPeriodAndTheResultsInTheirRows()
    {
        var rollup = await scenario.RollupAsync();
        using var stream = new MemoryStream();
        RollupWorkbook.Write(rollup, stream);
        stream.Position = 0;

        using var document = SpreadsheetDocument.Open(stream, false);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook!.Descendants<Sheet>().First();
        Assert.Equal("Phụ lục", sheet.Name!.Value);
        var rows = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet!.Descendants<Row>()
            .Select(r => r.Elements<Cell>().ToDictionary(c => new string(c.CellReference!.Value!.TakeWhile(char.IsLetter).ToArray()), CellText))
            .ToList();
        Assert.Equal(RollupWorkbook.Headers, rows[0].OrderBy(c => c.Key.Length).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Value));

        var names = await scenario.UnitNamesAsync();
        var expected = SeedPlan.Tasks
            .SelectMany(t => SeedPlan.LeadUnits(t).SelectMany(u => PeriodsInTheFourthQuarter(t).Select(p => ($"{(string)t["family"]!} {(int)t["number"]!}", names[u], p))))
            .Order()
            .ToList();
        var actual = rows.Skip(1).Select(r => (r["C"], r["H"], r["I"])).Order().ToList();
        Assert.Equal(expected, actual);

        var vp = rows.Single(r => r["C"] == "PCI 1" && r["H"] == "Văn phòng Sở");
        Assert.Equal(new DateTime(2023, 12, 14).ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture), vp["J"]);
        Assert.Equal(OfficeScenario.VietnameseResult, vp["K"]);
        Assert.Equal("Hoàn thành đúng hạn", vp["L"]);
        Assert.Equal("100", vp["M"]);
        Assert.Equal(new DateTime(2023, 12, 11, 9, 0, 0).ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture), vp["P"]);
        var pgi2 = rows.Single(r => r["C"] == "PGI 2");
        Assert.Equal(("Vướng mắc", OfficeScenario.Obstacle), (pgi2["L"], pgi2["N"]));
        Assert.All(rows.Skip(1).Where(r => r["C"] == "PCI 2"), r => Assert.Equal(("Trong hạn", ""), (r["L"], r["K"])));
        Assert.Equal(
            [("Tháng 10/2023", new DateTime(2023, 10, 14), "Quá hạn"), ("Tháng 11/2023", new DateTime(2023, 11, 14), "Quá hạn"), ("Tháng 12/2023", new DateTime(2023, 12, 14), "Trong hạn")],
            rows.Where(r => r["C"] == "PCI 19" && r["H"] == "Văn phòng Sở").Select(r => (r["I"], DateTime.FromOADate(double.Parse(r["J"], System.Globalization.CultureInfo.InvariantCulture)), r["L"])));
    }

    [Fact]
    public async Task VietnameseTextRoundTripsIntactThroughBothFormats()
    {
        const string text = "Đẩy mạnh ứng dụng CNTT — “Khánh Hòa số” ưu tiên ổn định: ấp ủ, ẫm ờ, ỹ ỵ, Ữ Ự, ð?";
        var rollup = await scenario.RollupAsync();
        var line = rollup.Tasks.First().Lines[0] with { Result = text };
        var first = rollup.Indices[0];
        var task = first.Tasks[0] with { Lines = [line] };
        rollup = rollup with { Indices = [first with { Tasks = [task] }] };

        using var word = new MemoryStream();
        RollupDocument.Write(rollup, "Quý IV/2023", word);
        word.Position = 0;
        using (var document = WordprocessingDocument.Open(word, false))
        {
            var cells = document.MainDocumentPart!.Document!.Body!.Elements<Table>().Last().Descendants<Paragraph>().Select(p => p.InnerText);
            Assert.Contains(cells, c => c.EndsWith(". " + text, StringComparison.Ordinal));
        }

        using var excel = new MemoryStream();
        RollupWorkbook.Write(rollup, excel);
        excel.Position = 0;
        using var workbook = SpreadsheetDocument.Open(excel, false);
        var lines = workbook.WorkbookPart!.Workbook!.Descendants<Sheet>().Single(s => s.Name == "Phụ lục");
        var sheet = ((WorksheetPart)workbook.WorkbookPart.GetPartById(lines.Id!)).Worksheet!;
        Assert.Contains(sheet.Descendants<Cell>(), c => CellText(c) == text);
    }

    /// <summary>The periods a task is reported for in Q4/2023, as the workbook names them, from its cadence in the seed.</summary>
    private static string[] PeriodsInTheFourthQuarter(System.Text.Json.Nodes.JsonNode task) => (string)task["cadence"]! switch
    {
        "Monthly" => ["Tháng 10/2023", "Tháng 11/2023", "Tháng 12/2023"],
        "Annual" => ["Năm 2023"],
        "Deadline" => ["hạn 31/12/2023"],
        _ => ["Quý IV/2023"],
    };

    private static string CellText(Cell cell) =>
        cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText ?? "" : cell.CellValue?.Text ?? "";
}
