using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using PciBot.Calendar;
using PciBot.Exports;
using PciBot.Status;

namespace PciBot.Tests.Office;

/// <summary>The Excel export opened with OpenXml: dates that are dates, numbers that are numbers, sheets that print, and the counts sheet.</summary>
public sealed class WorkbookLayoutTests : IAsyncLifetime
{
    private OfficeScenario scenario = null!;

    public async Task InitializeAsync() => scenario = await OfficeScenario.StartAsync();

    public async Task DisposeAsync() => await scenario.DisposeAsync();

    [Fact]
    public async Task LastUpdateAndCutOffAreDatesInVietnamTimeAndPercentAndNumberAreNumbers()
    {
        var rollup = await scenario.RollupAsync();
        using var document = Write(rollup);
        var (sheet, _) = SheetNamed(document, ReportTexts.SheetName);
        var header = Row(sheet, 1);
        var column = (string name) => header.Single(c => Text(c) == name).CellReference!.Value![..1];
        var vp = rollup.Tasks.Single(t => t.Key.ToString() == "PCI 1").Lines.Single(l => l.UnitName == "Văn phòng Sở");
        var row = sheet.Descendants<Row>().Single(r => r.Elements<Cell>().Any(c => Text(c) == "PCI 1") && r.Elements<Cell>().Any(c => Text(c) == "Văn phòng Sở"));
        Cell At(string name) => row.Elements<Cell>().Single(c => c.CellReference!.Value!.StartsWith(column(name), StringComparison.Ordinal));

        var formats = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet!;
        var (updated, updatedFormat) = Serial(At(ReportTexts.LastUpdate), formats);
        Assert.Equal(VietnamTime.ToLocal(vp.LastUpdateAt!.Value).DateTime, updated);
        Assert.Equal(new DateTime(2023, 12, 11, 9, 0, 0), updated);
        Assert.Equal("dd/mm/yyyy hh:mm", updatedFormat);
        var (cutOff, cutOffFormat) = Serial(At(ReportTexts.CutOff), formats);
        Assert.Equal(vp.CutOff!.Value.ToDateTime(TimeOnly.MinValue), cutOff);
        Assert.Equal("dd/mm/yyyy", cutOffFormat);
        Assert.Equal(100, Number(At(ReportTexts.Percent)));
        Assert.Equal(1, Number(At(ReportTexts.No)));
    }

    [Fact]
    public async Task BothSheetsPrintLandscapeOnePageWideWithTheHeaderRowOnEveryPageAndAPrintArea()
    {
        var rollup = await scenario.RollupAsync();
        using var document = Write(rollup);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var names = document.WorkbookPart!.Workbook!.DefinedNames!.Elements<DefinedName>().ToList();

        foreach (var name in new[] { ReportTexts.SheetName, ReportTexts.CountsSheetName })
        {
            var (sheet, position) = SheetNamed(document, name);
            var setup = sheet.GetFirstChild<PageSetup>()!;
            Assert.Equal(OrientationValues.Landscape, setup.Orientation!.Value);
            Assert.Equal((9U, 1U, 0U), (setup.PaperSize!.Value, setup.FitToWidth!.Value, setup.FitToHeight!.Value));
            Assert.True(sheet.SheetProperties!.PageSetupProperties!.FitToPage!.Value);

            var rows = sheet.Descendants<Row>().ToList();
            var lastColumn = rows.SelectMany(r => r.Elements<Cell>()).Select(c => new string(c.CellReference!.Value!.TakeWhile(char.IsLetter).ToArray())).MaxBy(c => (c.Length, c))!;
            Assert.Equal($"'{name}'!$A$1:${lastColumn}${rows.Max(r => r.RowIndex!.Value)}", names.Single(n => n.Name == "_xlnm.Print_Area" && n.LocalSheetId!.Value == position).Text);
            Assert.Equal($"'{name}'!$1:$1", names.Single(n => n.Name == "_xlnm.Print_Titles" && n.LocalSheetId!.Value == position).Text);
        }
    }

    [Fact]
    public async Task CountsSheetHoldsTheLinesByStatusPerIndexAndPerUnitAsNumbersThatAddUp()
    {
        var rollup = await scenario.RollupAsync();
        using var document = Write(rollup);
        var (sheet, _) = SheetNamed(document, ReportTexts.CountsSheetName);
        var rows = sheet.Descendants<Row>().Select(r => r.Elements<Cell>().ToList()).ToList();
        var statuses = rows[0].Skip(1).SkipLast(1).Select(Text).ToList();
        Assert.Equal(Enum.GetValues<ReportStatus>().Select(ReportTexts.StatusName), statuses);

        foreach (var index in rollup.Indices)
        {
            var row = rows.Single(r => Text(r[0]) == $"{index.Code}. {index.Name}");
            var lines = index.Tasks.SelectMany(t => t.Lines).ToList();
            Assert.Equal(Enum.GetValues<ReportStatus>().Select(s => lines.Count(l => l.Status == s)).Append(lines.Count), row.Skip(1).Select(Number));
        }

        foreach (var unit in rollup.Lines.GroupBy(l => l.UnitName))
        {
            var row = rows.Single(r => Text(r[0]) == unit.Key);
            Assert.Equal(Enum.GetValues<ReportStatus>().Select(s => unit.Count(l => l.Status == s)).Append(unit.Count()), row.Skip(1).Select(Number));
        }

        var totals = rows.Where(r => Text(r[0]) == ReportTexts.Total).ToList();
        Assert.Equal(2, totals.Count);
        Assert.All(totals, t => Assert.Equal(rollup.Lines.Count(), Number(t[^1])));
        Assert.Equal(1, Number(totals[0][1 + (int)ReportStatus.Blocked])); // PGI 2, the scenario's one blocked line
    }

    private static SpreadsheetDocument Write(PciBot.Rollups.Rollup rollup)
    {
        var stream = new MemoryStream();
        RollupWorkbook.Write(rollup, stream);
        stream.Position = 0;
        return SpreadsheetDocument.Open(stream, false);
    }

    private static (Worksheet Sheet, uint Position) SheetNamed(SpreadsheetDocument document, string name)
    {
        var sheets = document.WorkbookPart!.Workbook!.Descendants<Sheet>().ToList();
        var sheet = sheets.Single(s => s.Name == name);
        return (((WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!)).Worksheet!, (uint)sheets.IndexOf(sheet));
    }

    private static List<Cell> Row(Worksheet sheet, uint number) => sheet.Descendants<Row>().Single(r => r.RowIndex! == number).Elements<Cell>().ToList();

    private static (DateTime Value, string Format) Serial(Cell cell, Stylesheet styles)
    {
        Assert.Null(cell.DataType);
        var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex!.Value).NumberFormatId!.Value;
        var code = styles.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId!.Value == format).FormatCode!.Value!;
        return (DateTime.FromOADate(double.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)), code);
    }

    private static int Number(Cell cell)
    {
        Assert.Equal(CellValues.Number, cell.DataType!.Value);
        return int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture);
    }

    private static string Text(Cell cell) => cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? "";
}
