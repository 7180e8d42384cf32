using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PciBot.Rollups;

namespace PciBot.Exports;

/// <summary>
/// The rollup as an Excel workbook: one row per line (task, reporting unit and period: a monthly task has a row per
/// month), with the plan appendix's columns followed by the period, its cut-off, status, % done and the last update, so
/// the Office can sort, filter and edit it. A task no internal unit leads still has its row.
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
        styles.Stylesheet = Stylesheet();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        var columns = new Columns();
        double[] widths = [6, 10, 12, 60, 22, 22, 22, 22, 16, 12, 50, 20, 12, 40, 30, 18];
        for (var i = 0; i < widths.Length; i++)
        {
            columns.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = widths[i], CustomWidth = true });
        }

        sheetPart.Worksheet = new Worksheet(
            new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 }),
            columns,
            data);

        uint row = 1;
        data.Append(Row(row++, 1, Headers.Select(h => (object?)h).ToArray()));
        var number = 0;
        foreach (var index in rollup.Indices)
        {
            foreach (var task in index.Tasks)
            {
                number++;
                object?[] plan = [number, index.Code, task.Key.ToString(), task.Text, task.LeadUnits, task.CoordinatingUnits, task.Timeline];
                if (task.Lines.Count == 0)
                {
                    data.Append(Row(row++, 2, [.. plan, ReportTexts.NoInternalLead, null, null, null, null, null, null, null, null]));
                }

                foreach (var line in task.Lines)
                {
                    data.Append(Row(row++, 2, [
                        .. plan,
                        line.UnitName,
                        ReportTexts.PeriodText(line.PeriodKey),
                        line.CutOff is { } cutOff ? ReportTexts.Date(cutOff) : null,
                        line.Result,
                        ReportTexts.StatusName(line.Status),
                        line.PercentDone,
                        line.Obstacles,
                        line.EvidenceUrl,
                        line.LastUpdateAt is { } at ? ReportTexts.Moment(at) : null,
                    ]));
                }
            }
        }

        sheetPart.Worksheet.Append(new AutoFilter { Reference = $"A1:{ColumnName(Headers.Count)}{row - 1}" });
        workbook.Workbook.Append(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1U, Name = ReportTexts.SheetName }));
        workbook.Workbook.Save();
    }

    /// <summary>The column letters of <paramref name="column"/> (1-based): A … Z, AA ….</summary>
    public static string ColumnName(int column)
    {
        var name = "";
        for (; column > 0; column = (column - 1) / 26)
        {
            name = (char)('A' + ((column - 1) % 26)) + name;
        }

        return name;
    }

    private static Row Row(uint number, uint style, object?[] values)
    {
        var row = new Row { RowIndex = number };
        for (var i = 0; i < values.Length; i++)
        {
            var reference = $"{ColumnName(i + 1)}{number}";
            var cell = values[i] switch
            {
                null => new Cell { CellReference = reference, StyleIndex = style },
                int n => new Cell { CellReference = reference, StyleIndex = style, DataType = CellValues.Number, CellValue = new CellValue(n) },
                var text => new Cell { CellReference = reference, StyleIndex = style, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text.ToString()!) { Space = SpaceProcessingModeValues.Preserve }) },
            };
            row.Append(cell);
        }

        return row;
    }

    /// <summary>Style 0 default, 1 bold wrapped header, 2 wrapped text aligned to the top.</summary>
    private static Stylesheet Stylesheet() => new(
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Times New Roman" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Times New Roman" })) { Count = 2U },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2U },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1U },
        new CellFormats(
            new CellFormat { FontId = 0U, FillId = 0U, BorderId = 0U },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center, Horizontal = HorizontalAlignmentValues.Center }) { FontId = 1U, FillId = 0U, BorderId = 0U, ApplyFont = true, ApplyAlignment = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { FontId = 0U, FillId = 0U, BorderId = 0U, ApplyAlignment = true }) { Count = 3U });
}
