using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PciBot.Admin;

/// <summary>
/// The text of Word paragraphs as a reader sees it: the list label first, line breaks as new lines, and the
/// characters Word keeps apart folded away: non-breaking and other odd spaces, soft hyphens, decomposed (NFD) Vietnamese.
/// </summary>
internal static class WordText
{
    /// <summary>The paragraphs' lines, each cleaned, empty ones left out.</summary>
    public static IReadOnlyList<string> Lines(IEnumerable<Paragraph> paragraphs, IReadOnlyDictionary<Paragraph, string> labels)
    {
        var lines = new List<string>();
        foreach (var paragraph in paragraphs)
        {
            var text = Raw(paragraph);
            if (labels.TryGetValue(paragraph, out var label))
            {
                text = $"{label} {text}";
            }

            lines.AddRange(text.Split('\n').Select(Clean).Where(l => l.Length > 0));
        }

        return lines;
    }

    /// <summary>The cell's paragraphs as lines joined by new lines.</summary>
    public static string Of(OpenXmlElement container, IReadOnlyDictionary<Paragraph, string> labels) =>
        string.Join('\n', Lines(container.Descendants<Paragraph>(), labels));

    /// <summary>One line of text: composed (NFC), every kind of space a plain one, runs of spaces one space, trimmed.</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var space = true;
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\uFEFF')
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (!space)
                {
                    builder.Append(' ');
                    space = true;
                }

                continue;
            }

            builder.Append(c);
            space = false;
        }

        return builder.ToString().TrimEnd();
    }

    private static string Raw(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar:
                    text.Append(' ');
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
            }
        }

        return text.ToString();
    }
}
