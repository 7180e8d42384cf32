using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using PciBot.Calendar;

namespace PciBot.Exports;

/// <summary>
/// A row of cells from plain values: numbers stay numbers, a <see cref="DateOnly"/> becomes a date and a
/// <see cref="DateTimeOffset"/> a date and time in Vietnam time, both as Excel serial numbers with their format.
/// </summary>
internal static class SheetCells
{
    public static Row Row(uint number, uint style, params object?[] values)
    {
        var row = new Row { RowIndex = number };
        for (var i = 0; i < values.Length; i++)
        {
            var reference = $"{ColumnName(i + 1)}{number}";
            row.Append(values[i] switch
            {
                null => new Cell { CellReference = reference, StyleIndex = style },
                int n => new Cell { CellReference = reference, StyleIndex = NumberStyle(style), DataType = CellValues.Number, CellValue = new CellValue(n) },
                DateOnly date => Serial(reference, date.ToDateTime(TimeOnly.MinValue), WorkbookStyles.Date),
                DateTimeOffset instant => Serial(reference, VietnamTime.ToLocal(instant).DateTime, WorkbookStyles.Moment),
                var text => new Cell { CellReference = reference, StyleIndex = style, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(Convert.ToString(text, CultureInfo.InvariantCulture)!) { Space = SpaceProcessingModeValues.Preserve }) },
            });
        }

        return row;
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

    public static Columns Columns(params double[] widths)
    {
        var columns = new Columns();
        for (var i = 0; i < widths.Length; i++)
        {
            columns.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = widths[i], CustomWidth = true });
        }

        return columns;
    }

    /// <summary>Printed on A4 landscape, one page wide and as many long as it takes, with the page number at the foot.</summary>
    public static OpenXmlElement[] PrintSetup() =>
    [
        new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
        new PageSetup { PaperSize = 9U, Orientation = OrientationValues.Landscape, FitToWidth = 1U, FitToHeight = 0U },
        new HeaderFooter(new OddFooter("&CTrang &P/&N")),
    ];

    /// <summary>The print area and the header row repeated on every printed page, for the sheet at <paramref name="position"/>.</summary>
    public static DefinedName[] PrintNames(string sheet, uint position, int columns, uint rows) =>
    [
        new($"'{sheet}'!$A$1:${ColumnName(columns)}${rows}") { Name = "_xlnm.Print_Area", LocalSheetId = position },
        new($"'{sheet}'!$1:$1") { Name = "_xlnm.Print_Titles", LocalSheetId = position },
    ];

    private static uint NumberStyle(uint style) => style == WorkbookStyles.BoldText ? WorkbookStyles.BoldNumber : style == WorkbookStyles.Header ? style : WorkbookStyles.Number;

    private static Cell Serial(string reference, DateTime local, uint style) =>
        new() { CellReference = reference, StyleIndex = style, CellValue = new CellValue(local.ToOADate().ToString("R", CultureInfo.InvariantCulture)) };
}
