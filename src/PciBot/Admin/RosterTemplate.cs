using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using PciBot.Data;
using PciBot.Exports;
using PciBot.Registry;

namespace PciBot.Admin;

/// <summary>
/// The roster template ("roster-template.xlsx"): a sheet with the four columns <see cref="RosterReader"/> reads, the
/// unit and role cells offering drop-downs, and a second sheet listing the units people can be given (the department's
/// own units, groups and outside bodies left out). In Vietnamese, like the reports.
/// </summary>
internal sealed class RosterTemplate(PciBotDbContext db) : ISheetDownload
{
    public const string Name = "roster-template.xlsx";

    private const int Rows = 500;

    public string FileName => Name;

    public async Task<byte[]> RenderAsync(CancellationToken ct)
    {
        var units = await db.Units.AsNoTracking().Where(u => u.Internal && u.Kind == UnitKind.Unit).OrderBy(u => u.Code).Select(u => u.Name).ToListAsync(ct);
        return Write(units, RosterTexts.Vietnamese);
    }

    public static byte[] Write(IReadOnlyList<string> units, RosterTexts texts)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(texts);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = WorkbookStyles.Create();

            var roster = new SheetData(SheetCells.Row(1, WorkbookStyles.Header, [.. texts.TemplateHeaders]));
            var rosterPart = workbook.AddNewPart<WorksheetPart>();
            var lastUnit = units.Count + 1;
            rosterPart.Worksheet = new Worksheet(
                SheetCells.Columns(40, 30, 36, 16),
                roster,
                new DataValidations(
                    List($"A2:A{Rows}", $"'{texts.UnitsSheetName}'!$A$2:$A${lastUnit}"),
                    List($"D2:D{Rows}", $"\"{string.Join(",", texts.RoleChoices)}\""))
                { Count = 2U });

            var list = new SheetData(SheetCells.Row(1, WorkbookStyles.Header, texts.UnitsSheetName));
            for (var i = 0; i < units.Count; i++)
            {
                list.Append(SheetCells.Row((uint)i + 2, WorkbookStyles.Text, units[i]));
            }

            var listPart = workbook.AddNewPart<WorksheetPart>();
            listPart.Worksheet = new Worksheet(SheetCells.Columns(60), list);
            workbook.Workbook.Append(new Sheets(
                new Sheet { Id = workbook.GetIdOfPart(rosterPart), SheetId = 1U, Name = texts.TemplateSheetName },
                new Sheet { Id = workbook.GetIdOfPart(listPart), SheetId = 2U, Name = texts.UnitsSheetName }));
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static DataValidation List(string cells, string formula) => new()
    {
        Type = DataValidationValues.List,
        AllowBlank = true,
        ShowErrorMessage = true,
        SequenceOfReferences = new ListValue<StringValue> { InnerText = cells },
        Formula1 = new Formula1(formula),
    };
}
