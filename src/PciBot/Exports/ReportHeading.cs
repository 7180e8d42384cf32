using DocumentFormat.OpenXml.Wordprocessing;
using static PciBot.Exports.WordParts;

namespace PciBot.Exports;

/// <summary>
/// The heading block of Decree 30/2020/NĐ-CP as a borderless two-column table: on the left the parent body, the issuing
/// body with a short line under it and the number and symbol; on the right the national name, the motto with a line as
/// long as it, and the place and date. The columns are wide enough for each name and the motto to fit on one line.
/// </summary>
internal static class ReportHeading
{
    /// <summary>
    /// 7.9 cm for "SỞ THÔNG TIN VÀ TRUYỀN THÔNG" (7.4 cm in 12 pt bold) and 9.4 cm for "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    /// (8.9 cm in 12 pt bold): together 0.8 cm more than the text width, taken from the wide left margin.
    /// </summary>
    private static readonly int[] Widths = [4479, 5330];

    private const int Indent = -397;

    /// <summary>The motto's length in 13 pt bold, 5.9 cm, which the line under it matches.</summary>
    private const int MottoLength = 3345;
    private const int Margin = 28;

    public static Table Block(ReportOptions options, DateOnly date)
    {
        var table = Table(Widths, borders: false, Indent, Margin);
        table.Append(new TableRow(
            Cell(Widths[0], [
                Text(ReportTexts.Uppercase(options.ParentBody), 12, JustificationValues.Center),
                Text(ReportTexts.Uppercase(options.IssuingBody), 12, JustificationValues.Center, bold: true),
                Rule(Widths[0] - (2 * Margin), 2 * TwipsPerCentimetre),
            ]),
            Cell(Widths[1], [
                Text(ReportTexts.Nation, 12, JustificationValues.Center, bold: true),
                Text(ReportTexts.Motto, 13, JustificationValues.Center, bold: true),
                Rule(Widths[1] - (2 * Margin), MottoLength),
            ])));
        table.Append(new TableRow(
            Cell(Widths[0], [Text(ReportTexts.Number(options.Symbol), 13, JustificationValues.Center, beforePoints: 6)]),
            Cell(Widths[1], [Text(ReportTexts.PlaceAndDate(options.Place, date), 14, JustificationValues.Center, italic: true, beforePoints: 6)])));
        return table;
    }
}
