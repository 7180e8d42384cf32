using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using static PciBot.Exports.WordParts;

namespace PciBot.Exports;

/// <summary>
/// The end of the report as Decree 30/2020/NĐ-CP lays it out, a borderless two-column table kept on one page: the
/// recipients on the left ("Nơi nhận:" bold italic 12 pt, the list 11 pt), the signing authority, the signer's title,
/// room for the signature and seal, and the signer's name on the right.
/// </summary>
internal static class ReportSignature
{
    private static readonly int[] Widths = [4394, 4960];

    private const int SignatureLines = 5;

    public static Table Block(ReportOptions options)
    {
        var recipients = options.RecipientList;
        var left = new List<OpenXmlElement> { Text(ReportTexts.Recipients, 12, JustificationValues.Left, bold: true, italic: true, beforePoints: 12, keepNext: true) };
        left.AddRange(recipients.Select((r, i) => Text($"- {ReportTexts.Clause(r)}{(i == recipients.Count - 1 ? "." : ";")}", 11, JustificationValues.Left, keepNext: true)));

        var right = new List<OpenXmlElement> { Text(ReportTexts.Uppercase(options.Signer.Authority), 14, JustificationValues.Center, bold: true, beforePoints: 12, keepNext: true) };
        if (options.Signer.Title.Length > 0)
        {
            right.Add(Text(ReportTexts.Uppercase(options.Signer.Title), 14, JustificationValues.Center, bold: true, keepNext: true));
        }

        right.AddRange(Enumerable.Range(0, SignatureLines).Select(_ => Text("", 14, JustificationValues.Center, keepNext: true)));
        right.Add(Text(options.Signer.Name, 14, JustificationValues.Center, bold: true));

        var table = Table(Widths, borders: false);
        table.Append(new TableRow(new TableRowProperties(new CantSplit()), Cell(Widths[0], left), Cell(Widths[1], right)));
        return table;
    }
}
