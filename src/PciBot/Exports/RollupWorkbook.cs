using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PciBot.Rollups;

namespace PciBot.Exports;

/// <summary>
/// The rollup as an Excel workbook. Its first sheet has one row per line (task, reporting unit and period: a monthly task
/// has a row per month), with the plan appendix's columns followed by the period, its cut-off, status, % done and the
/// last update, so the Office can sort, filter and edit it; dates are dates and numbers numbers. A task no internal unit
/// leads still has its row. The second sheet counts the lines by status per index and per unit. Both print on A4
/// landscape, one page wide, the header row on every page.
/// </summary>
internal static class RollupWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IReadOnlyList<string> Headers { get; } =
    [
        ReportTexts.No, ReportTexts.Index, ReportTexts.TaskCode, ReportTexts.Task, ReportTexts.Lead, ReportTexts.Coordinating,
        ReportTexts.Timeline, ReportTexts.ReportingUnit, ReportTexts.Period, ReportTexts.CutOff, ReportTexts.Result, ReportTexts.Status, ReportTexts.Percent,
        ReportTexts.Obstacles, ReportTexts.Evidence, ReportTexts.LastUpdate,
    ];

    public static void Write(Rollup rollup, Stream output)
    {
        ArgumentNullException.ThrowIfNull(rollup);
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = WorkbookStyles.Create();

        var lines = new SheetData();
        var lineRows = FillLines(lines, rollup);
        var linesPart = workbook.AddNewPart<WorksheetPart>();
        linesPart.Worksheet = Sheet(lines, SheetCells.Columns(6, 10, 12, 60, 22, 22, 22, 22, 16, 12, 50, 20, 12, 40, 30, 18));
        linesPart.Worksheet.InsertAfter(new AutoFilter { Reference = $"A1:{SheetCells.ColumnName(Headers.Count)}{lineRows}" }, lines);

        var counts = new SheetData();
        var countRows = WorkbookCounts.Fill(counts, rollup);
        var countsPart = workbook.AddNewPart<WorksheetPart>();
        countsPart.Worksheet = Sheet(counts, SheetCells.Columns([60, .. Enumerable.Repeat(14.0, WorkbookCounts.ColumnCount - 1)]));

        workbook.Workbook.Append(
            new Sheets(
                new Sheet { Id = workbook.GetIdOfPart(linesPart), SheetId = 1U, Name = ReportTexts.SheetName },
                new Sheet { Id = workbook.GetIdOfPart(countsPart), SheetId = 2U, Name = ReportTexts.CountsSheetName }),
            new DefinedNames([
                .. SheetCells.PrintNames(ReportTexts.SheetName, 0, Headers.Count, lineRows),
                .. SheetCells.PrintNames(ReportTexts.CountsSheetName, 1, WorkbookCounts.ColumnCount, countRows),
            ]));
        workbook.Workbook.Save();
    }

    /// <summary>Fills the lines sheet and returns its last row.</summary>
    private static uint FillLines(SheetData data, Rollup rollup)
    {
        uint row = 1;
        data.Append(SheetCells.Row(row++, WorkbookStyles.Header, [.. Headers]));
        var number = 0;
        foreach (var index in rollup.Indices)
        {
            foreach (var task in index.Tasks)
            {
                number++;
                object?[] plan = [number, index.Code, task.Key.ToString(), task.Text, task.LeadUnits, task.CoordinatingUnits, task.Timeline];
                if (task.Lines.Count == 0)
                {
                    data.Append(SheetCells.Row(row++, WorkbookStyles.Text, [.. plan, ReportTexts.NoInternalLead, null, null, null, null, null, null, null, null]));
                }

                foreach (var line in task.Lines)
                {
                    data.Append(SheetCells.Row(row++, WorkbookStyles.Text, [
                        .. plan,
                        line.UnitName,
                        ReportTexts.PeriodText(line.PeriodKey),
                        line.CutOff,
                        line.Result,
                        ReportTexts.StatusName(line.Status),
                        line.PercentDone,
                        line.Obstacles,
                        line.EvidenceUrl,
                        line.LastUpdateAt,
                    ]));
                }
            }
        }

        return row - 1;
    }

    /// <summary>A sheet with its header row frozen and its print setup.</summary>
    private static Worksheet Sheet(SheetData data, Columns columns)
    {
        var sheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 }),
            columns,
            data);
        sheet.Append(SheetCells.PrintSetup());
        return sheet;
    }
}
