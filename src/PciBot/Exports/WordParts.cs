using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PciBot.Exports;

/// <summary>
/// The few Word elements the report is made of, in Times New Roman, sizes in points and lengths in twentieths of a
/// point (twips, 567 to the centimetre). Children are appended in the order the schema requires.
/// </summary>
internal static class WordParts
{
    public const string Font = "Times New Roman";

    public const int TwipsPerCentimetre = 567;

    public static Paragraph Text(
        string text,
        int points,
        JustificationValues align,
        bool bold = false,
        bool italic = false,
        bool highlight = false,
        int firstLine = 0,
        int beforePoints = 0,
        int afterPoints = 0,
        bool keepNext = false) =>
        new(
            Properties(align, firstLine, beforePoints, afterPoints, keepNext),
            Run(text, points, bold, italic, highlight));

    public static Run Run(string text, int points, bool bold = false, bool italic = false, bool highlight = false)
    {
        var properties = new RunProperties(new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font });
        if (bold)
        {
            properties.Append(new Bold(), new BoldComplexScript());
        }

        if (italic)
        {
            properties.Append(new Italic(), new ItalicComplexScript());
        }

        properties.Append(new FontSize { Val = HalfPoints(points) }, new FontSizeComplexScript { Val = HalfPoints(points) });
        if (highlight)
        {
            properties.Append(new Highlight { Val = HighlightColorValues.Yellow });
        }

        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    /// <summary>A centred horizontal rule of <paramref name="length"/> inside a space <paramref name="width"/> wide: the short lines under the heading's names and the summary.</summary>
    public static Paragraph Rule(int width, int length)
    {
        var side = Math.Max(0, (width - length) / 2).ToString(CultureInfo.InvariantCulture);
        return new Paragraph(new ParagraphProperties(
            new ParagraphBorders(new TopBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "000000" }),
            new SpacingBetweenLines { Before = "40", After = "0", Line = "120", LineRule = LineSpacingRuleValues.Exact },
            new Indentation { Left = side, Right = side },
            new Justification { Val = JustificationValues.Center },
            new ParagraphMarkRunProperties(new FontSize { Val = "4" })));
    }

    public static ParagraphProperties Properties(JustificationValues align, int firstLine = 0, int beforePoints = 0, int afterPoints = 0, bool keepNext = false)
    {
        var properties = new ParagraphProperties();
        if (keepNext)
        {
            properties.Append(new KeepNext());
        }

        properties.Append(new SpacingBetweenLines
        {
            Before = (beforePoints * 20).ToString(CultureInfo.InvariantCulture),
            After = (afterPoints * 20).ToString(CultureInfo.InvariantCulture),
            Line = "240",
            LineRule = LineSpacingRuleValues.Auto,
        });
        if (firstLine > 0)
        {
            properties.Append(new Indentation { FirstLine = firstLine.ToString(CultureInfo.InvariantCulture) });
        }

        properties.Append(new Justification { Val = align });
        return properties;
    }

    /// <summary>A table of fixed column widths; borderless for the heading and signature blocks, ruled for the appendix.</summary>
    public static Table Table(int[] widths, bool borders, int indent = 0, int cellMargin = 108)
    {
        var value = borders ? BorderValues.Single : BorderValues.None;
        var size = borders ? 4U : 0U;
        var properties = new TableProperties(
            new TableWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableIndentation { Width = indent, Type = TableWidthUnitValues.Dxa },
            new TableBorders(
                new TopBorder { Val = value, Size = size },
                new LeftBorder { Val = value, Size = size },
                new BottomBorder { Val = value, Size = size },
                new RightBorder { Val = value, Size = size },
                new InsideHorizontalBorder { Val = value, Size = size },
                new InsideVerticalBorder { Val = value, Size = size }),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(
                new TableCellLeftMargin { Width = (short)cellMargin, Type = TableWidthValues.Dxa },
                new TableCellRightMargin { Width = (short)cellMargin, Type = TableWidthValues.Dxa }));
        return new Table(properties, new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
    }

    public static TableCell Cell(int width, IEnumerable<OpenXmlElement> content, int span = 1)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        var cell = new TableCell(properties);
        cell.Append(content);
        return cell;
    }

    /// <summary>An A4 section; its header, when given, numbers the pages from the second on.</summary>
    public static SectionProperties Section(bool landscape, string? headerId, bool numberFromSecondPage)
    {
        var section = new SectionProperties();
        if (headerId is not null)
        {
            section.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = headerId });
        }

        section.Append(landscape
            ? new PageSize { Width = 16838U, Height = 11906U, Orient = PageOrientationValues.Landscape }
            : new PageSize { Width = 11906U, Height = 16838U });
        section.Append(landscape
            ? new PageMargin { Top = 1134, Bottom = 1134, Left = 1134U, Right = 1134U, Header = 567U, Footer = 567U, Gutter = 0U }
            : new PageMargin { Top = 1134, Bottom = 1134, Left = 1701U, Right = 851U, Header = 567U, Footer = 567U, Gutter = 0U });
        if (numberFromSecondPage)
        {
            section.Append(new TitlePage());
        }

        return section;
    }

    /// <summary>The page's text width: A4 less the margins of <see cref="Section"/>.</summary>
    public static int TextWidth(bool landscape) => landscape ? 16838 - 1134 - 1134 : 11906 - 1701 - 851;

    private static string HalfPoints(int points) => (points * 2).ToString(CultureInfo.InvariantCulture);
}
