using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PciBot.Rollups;
using static PciBot.Exports.WordParts;

namespace PciBot.Exports;

/// <summary>
/// The rollup as a report the Director can sign, presented as Decree 30/2020/NĐ-CP (Appendix I) sets out an
/// administrative document: on portrait A4, the heading block (issuing body and national motto, number and symbol,
/// place and date), type and summary, addressee, a body that says per index what was done, what is late and why and
/// what is proposed, a marked paragraph for the Office's own assessment, the signature block and the recipients; then,
/// in a landscape section, the appendix with every task's line by line detail.
/// </summary>
internal static class RollupDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private const int BodySize = 14;
    private const int FirstLine = 567;

    public static void Write(Rollup rollup, string periodLabel, Stream output, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rollup);
        options ??= new ReportOptions();
        var addressee = options.Addressee.Length > 0 ? options.Addressee : rollup.ReportTo;
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var header = main.AddNewPart<HeaderPart>();
        header.Header = PageNumberHeader();
        var headerId = main.GetIdOfPart(header);
        var body = new Body();
        main.Document = new Document(body);

        body.Append(ReportHeading.Block(options, rollup.AsOf));
        body.Append(Text(ReportTexts.ReportWord, BodySize, JustificationValues.Center, bold: true, beforePoints: 18, keepNext: true));
        body.Append(Text(ReportTexts.Subject(rollup.PlanNumber, rollup.PlanIssuedOn, periodLabel), BodySize, JustificationValues.Center, bold: true, keepNext: true));
        body.Append(Rule(TextWidth(landscape: false), 2 * TwipsPerCentimetre));
        body.Append(new Paragraph(Properties(JustificationValues.Center, beforePoints: 12, afterPoints: 6), Run($"{ReportTexts.Addressed} {addressee}.", BodySize)));

        body.Append(BodyText(ReportTexts.Opening(options.IssuingBody, rollup.PlanNumber, addressee, periodLabel)));
        body.Append(Heading(ReportTexts.ResultsByIndex));
        var number = 0;
        foreach (var index in rollup.Indices)
        {
            number++;
            body.Append(Text($"{number}. {ReportTexts.IndexHeading(index.Code, index.Name, index.WeightPercent, index.TargetScore, index.TargetText)}", BodySize, JustificationValues.Both, bold: true, firstLine: FirstLine, beforePoints: 6, keepNext: true));
            body.Append(IndexNarrative.Paragraphs(index).Select(BodyText));
        }

        body.Append(Heading(ReportTexts.AssessmentSection));
        body.Append(BodyText(ReportTexts.Overall(rollup.Lines.Select(l => l.Status).ToList())));
        body.Append(Text(ReportTexts.AssessmentToWrite, BodySize, JustificationValues.Both, italic: true, highlight: true, firstLine: FirstLine, beforePoints: 6));
        body.Append(BodyText(ReportTexts.Closing(options.IssuingBody, addressee)));
        body.Append(ReportSignature.Block(options));

        // The portrait section ends here: its properties sit in the last paragraph before the appendix.
        body.Append(new Paragraph(new ParagraphProperties(Section(landscape: false, headerId, numberFromSecondPage: true))));

        body.Append(Text(ReportTexts.Appendix, BodySize, JustificationValues.Center, bold: true, keepNext: true));
        body.Append(Text(ReportTexts.AppendixTitle, BodySize, JustificationValues.Center, bold: true, keepNext: true));
        body.Append(Text(ReportTexts.AppendixAttachedTo(options.Symbol, rollup.AsOf.Year, options.IssuingBody), BodySize, JustificationValues.Center, italic: true, afterPoints: 6, keepNext: true));
        body.Append(AppendixTable.Of(rollup));
        body.Append(new Paragraph(Properties(JustificationValues.Left)));
        body.Append(Section(landscape: true, headerId, numberFromSecondPage: false));
        main.Document.Save();
    }

    private static Paragraph Heading(string text) => Text(text, BodySize, JustificationValues.Both, bold: true, firstLine: FirstLine, beforePoints: 6, keepNext: true);

    private static Paragraph BodyText(string text) => Text(text, BodySize, JustificationValues.Both, firstLine: FirstLine, beforePoints: 6);

    /// <summary>The page number, centred at the top; the first page has none (Decree 30/2020, Appendix I).</summary>
    private static Header PageNumberHeader() => new(new Paragraph(
        Properties(JustificationValues.Center),
        new SimpleField(Run("1", BodySize)) { Instruction = " PAGE " }));
}
