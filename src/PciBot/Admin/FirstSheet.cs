using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PciBot.Admin;

/// <summary>
/// The rows of a workbook's first sheet as Excel shows them: each row's cells by column index (A is 0), shared and
/// inline strings read as their text. A file that is not a workbook is an <see cref="InvalidDataException"/>.
/// </summary>
internal static class FirstSheet
{
    public static List<Dictionary<int, string>> Rows(Stream workbook)
    {
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(workbook, isEditable: false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException)
        {
            throw new InvalidDataException("not an Excel workbook (.xlsx)", e);
        }

        using (document)
        {
            var part = document.WorkbookPart ?? throw new InvalidDataException("the workbook has no sheets");
            var sheet = part.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException("the workbook has no sheets");
            var worksheet = ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet;
            var strings = part.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
            return worksheet.Descendants<Row>().Select(r => Cells(r, strings)).ToList();
        }
    }

    private static Dictionary<int, string> Cells(Row row, List<string> strings)
    {
        var cells = new Dictionary<int, string>();
        foreach (var cell in row.Elements<Cell>())
        {
            var value = cell.DataType?.Value == CellValues.SharedString && int.TryParse(cell.CellValue?.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Count
                ? strings[i]
                : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText ?? "" : cell.CellValue?.Text ?? "";
            cells[ColumnIndex(cell.CellReference?.Value) ?? cells.Count] = value;
        }

        return cells;
    }

    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index - 1;
    }
}
