using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PciBot.Audience;
using PciBot.Exports;
using PciBot.People;

namespace PciBot.Admin;

/// <summary>The readiness report as a workbook ("readiness.xlsx"): a row per unit and person, a row for each unit with nobody. In Vietnamese, like the reports.</summary>
internal sealed class ReadinessWorkbook(Readiness readiness) : ISheetDownload
{
    public const string Name = "readiness.xlsx";

    public string FileName => Name;

    public async Task<byte[]> RenderAsync(CancellationToken ct) => Write(await readiness.ReportAsync(ct), RosterTexts.Vietnamese);

    public static byte[] Write(ReadinessReport report, RosterTexts texts)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(texts);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = WorkbookStyles.Create();
            uint row = 1;
            var data = new SheetData(SheetCells.Row(row++, WorkbookStyles.Header, [.. texts.ReadinessHeaders]));
            foreach (var unit in report.Units)
            {
                if (unit.HasNobody)
                {
                    data.Append(SheetCells.Row(row++, WorkbookStyles.Text, unit.Name, null, null, null, texts.Nobody, null, null, texts.NobodyAdvice));
                }

                foreach (var person in unit.People)
                {
                    data.Append(SheetCells.Row(
                        row++,
                        WorkbookStyles.Text,
                        unit.Name,
                        person.Role == MembershipRole.Head ? texts.HeadLabel : texts.DelegateLabel,
                        person.Name,
                        person.PrincipalName,
                        texts.State(person.State),
                        person.LastSeen,
                        person.AppInstalledAt,
                        texts.Advice(person.State)));
                }
            }

            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = new Worksheet(
                SheetCells.Columns(36, 14, 30, 36, 28, 20, 20, 60),
                data,
                new AutoFilter { Reference = $"A1:{SheetCells.ColumnName(texts.ReadinessHeaders.Count)}{row - 1}" });
            workbook.Workbook.Append(new Sheets(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1U, Name = texts.ReadinessTitle }));
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }
}
