using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PciBot.Admin;

/// <summary>
/// The labels Word shows before list paragraphs ("1.", "a)", "II.", "-"): they live in numbering.xml, not in the text.
/// Worked out over the whole document in order, with one counter per list and level as Word keeps them: paragraphs of
/// lists that share an abstract definition continue each other's numbers, a list with a start override restarts them.
/// </summary>
internal sealed class WordNumbering
{
    private const int Levels = 9;

    private readonly Dictionary<int, NumberingInstance> lists = [];
    private readonly Dictionary<int, AbstractNum> definitions = [];
    private readonly Dictionary<string, Style> styles = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int?[]> counters = [];
    private readonly HashSet<int> started = [];

    private WordNumbering(MainDocumentPart part)
    {
        var numbering = part.NumberingDefinitionsPart?.Numbering;
        foreach (var definition in numbering?.Elements<AbstractNum>() ?? [])
        {
            if (definition.AbstractNumberId?.Value is { } id)
            {
                definitions[id] = definition;
            }
        }

        foreach (var list in numbering?.Elements<NumberingInstance>() ?? [])
        {
            if (list.NumberID?.Value is { } id)
            {
                lists[id] = list;
            }
        }

        foreach (var style in part.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is { } id)
            {
                styles[id] = style;
            }
        }
    }

    /// <summary>The label of every numbered paragraph of the document body, tables included.</summary>
    public static IReadOnlyDictionary<Paragraph, string> LabelsOf(MainDocumentPart part)
    {
        ArgumentNullException.ThrowIfNull(part);
        var numbering = new WordNumbering(part);
        var labels = new Dictionary<Paragraph, string>(ReferenceEqualityComparer.Instance);
        foreach (var paragraph in part.Document?.Body?.Descendants<Paragraph>() ?? [])
        {
            if (numbering.Next(paragraph) is { Length: > 0 } label)
            {
                labels[paragraph] = label;
            }
        }

        return labels;
    }

    private string? Next(Paragraph paragraph)
    {
        if (ListOf(paragraph) is not ({ } listId, var level) || !lists.TryGetValue(listId, out var list)
            || list.AbstractNumId?.Val?.Value is not { } definitionId || !definitions.TryGetValue(definitionId, out var definition))
        {
            return null;
        }

        level = Math.Clamp(level, 0, Levels - 1);
        if (!counters.TryGetValue(definitionId, out var count))
        {
            count = new int?[Levels];
            counters[definitionId] = count;
        }

        if (started.Add(listId))
        {
            foreach (var restart in list.Elements<LevelOverride>())
            {
                if (restart.LevelIndex?.Value is { } at and >= 0 and < Levels && restart.StartOverrideNumberingValue?.Val?.Value is { } start)
                {
                    count[at] = start - 1;
                }
            }
        }

        count[level] = count[level] is { } current ? current + 1 : StartOf(LevelOf(list, definition, level));
        for (var deeper = level + 1; deeper < Levels; deeper++)
        {
            count[deeper] = null;
        }

        var shown = LevelOf(list, definition, level);
        var text = shown?.LevelText?.Val?.Value ?? "";
        if (shown?.NumberingFormat?.Val?.Value == NumberFormatValues.Bullet)
        {
            // Symbol-font bullets are private-use characters that mean nothing outside Word.
            return text.Any(c => c is >= '\uF000' and <= '\uF0FF') ? "•" : text.Trim();
        }

        var label = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && text[i + 1] is >= '1' and <= '9')
            {
                var of = text[i + 1] - '1';
                var numberLevel = LevelOf(list, definition, of);
                label.Append(Format(count[of] ?? StartOf(numberLevel), numberLevel?.NumberingFormat?.Val?.Value ?? NumberFormatValues.Decimal));
                i++;
            }
            else
            {
                label.Append(text[i]);
            }
        }

        return label.ToString().Trim();
    }

    private (int? List, int Level) ListOf(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties?.NumberingProperties;
        var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (properties?.NumberingId is null && styleId is not null && seen.Add(styleId) && styles.TryGetValue(styleId, out var style))
        {
            properties = style.StyleParagraphProperties?.NumberingProperties ?? properties;
            styleId = style.BasedOn?.Val?.Value;
        }

        var list = properties?.NumberingId?.Val?.Value;
        return (list is null or 0 ? null : list, properties?.NumberingLevelReference?.Val?.Value ?? 0);
    }

    private static Level? LevelOf(NumberingInstance list, AbstractNum definition, int level) =>
        list.Elements<LevelOverride>().FirstOrDefault(o => o.LevelIndex?.Value == level)?.Level
        ?? definition.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level);

    private static int StartOf(Level? level) => level?.StartNumberingValue?.Val?.Value ?? 1;

    private static string Format(int number, NumberFormatValues format)
    {
        if (format == NumberFormatValues.LowerLetter || format == NumberFormatValues.UpperLetter)
        {
            var letter = (char)('a' + ((Math.Max(number, 1) - 1) % 26));
            var repeated = new string(letter, ((Math.Max(number, 1) - 1) / 26) + 1);
            return format == NumberFormatValues.UpperLetter ? repeated.ToUpperInvariant() : repeated;
        }

        if (format == NumberFormatValues.LowerRoman || format == NumberFormatValues.UpperRoman)
        {
            var roman = Roman(number);
            return format == NumberFormatValues.LowerRoman ? roman.ToLowerInvariant() : roman;
        }

        if (format == NumberFormatValues.DecimalZero)
        {
            return number.ToString("00", CultureInfo.InvariantCulture);
        }

        return format == NumberFormatValues.None ? "" : number.ToString(CultureInfo.InvariantCulture);
    }

    private static string Roman(int number)
    {
        ReadOnlySpan<(int Value, string Digits)> digits = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var roman = new StringBuilder();
        foreach (var (value, text) in digits)
        {
            while (number >= value)
            {
                roman.Append(text);
                number -= value;
            }
        }

        return roman.ToString();
    }
}
