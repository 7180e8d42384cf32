using System.Globalization;
using System.Text.RegularExpressions;

namespace PciBot.Calendar;

/// <summary>Finds the period a normalized question names, and what is left of the question without it.</summary>
internal static partial class PeriodGrammar
{
    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    public static (PeriodRef Period, string Remainder)? Find(string normalized)
    {
        if (AbsoluteQuarter().Match(normalized) is { Success: true } quarter)
        {
            return (new PeriodRef(PeriodKind.Quarter, Number: QuarterNumber(quarter.Groups["n"].Value), Year: YearOf(quarter)), Without(normalized, quarter));
        }

        if (AbsoluteMonth().Match(normalized) is { Success: true } month)
        {
            var number = month.Groups["n"].Success
                ? int.Parse(month.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture)
                : Array.IndexOf(MonthNames, month.Groups["name"].Value) + 1;
            return (new PeriodRef(PeriodKind.Month, Number: number, Year: YearOf(month)), Without(normalized, month));
        }

        if (Relative().Match(normalized) is { Success: true } relative)
        {
            var unit = relative.Groups["vi"].Success ? relative.Groups["vi"].Value : relative.Groups["en"].Value;
            var word = relative.Groups["virel"].Success ? relative.Groups["virel"].Value : relative.Groups["enrel"].Value;
            var kind = unit switch
            {
                "quy" or "quarter" => PeriodKind.Quarter,
                "thang" or "month" => PeriodKind.Month,
                _ => PeriodKind.Year,
            };
            var offset = word switch
            {
                "sau" or "toi" or "tiep theo" or "ke tiep" or "next" or "coming" => 1,
                "truoc" or "vua qua" or "last" or "previous" => -1,
                _ => 0,
            };
            return (new PeriodRef(kind, offset), Without(normalized, relative));
        }

        if (AbsoluteYear().Match(normalized) is { Success: true } year)
        {
            return (new PeriodRef(PeriodKind.Year, Year: YearOf(year)), Without(normalized, year));
        }

        return null;
    }

    private static int QuarterNumber(string value) => value switch
    {
        "i" => 1,
        "ii" => 2,
        "iii" => 3,
        "iv" => 4,
        _ => int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture),
    };

    private static int? YearOf(Match match) =>
        match.Groups["y"].Success ? int.Parse(match.Groups["y"].Value, NumberStyles.None, CultureInfo.InvariantCulture) : null;

    private static string Without(string text, Match match) =>
        $"{text[..match.Index]} {text[(match.Index + match.Length)..]}".Trim();

    // "quý IV/2023", "quý 4 năm 2023", "Q4 2023", "q4/2023", "quarter 4 of 2023", "quý 1".
    [GeneratedRegex(@"\b(?:quy|quarter|q)\s*(?<n>iv|iii|ii|i|[1-4])(?:\s*(?:/|-|nam|of|,)?\s*(?<y>(?:19|20)\d{2}))?(?![\w.])")]
    private static partial Regex AbsoluteQuarter();

    // "tháng 12", "tháng 12/2023", "tháng 1 năm 2024", "month 12", "december", "december 2023".
    [GeneratedRegex(@"\b(?:(?:thang|month)\s*(?<n>1[0-2]|0?[1-9])|(?<name>january|february|march|april|may|june|july|august|september|october|november|december))(?:\s*(?:/|-|nam|of|,)?\s*(?<y>(?:19|20)\d{2}))?(?![\w.])")]
    private static partial Regex AbsoluteMonth();

    // "quý này", "quý sau", "tháng trước", "năm nay", "this quarter", "next month", "last year".
    [GeneratedRegex(@"\b(?:(?<vi>quy|thang|nam)\s+(?<virel>nay|sau|toi|tiep theo|ke tiep|truoc|vua qua|hien tai)|(?<enrel>this|next|last|previous|current|coming)\s+(?<en>quarter|month|year))\b")]
    private static partial Regex Relative();

    // "năm 2024", "year 2024", "in 2024".
    [GeneratedRegex(@"\b(?:nam|year|in)\s+(?<y>(?:19|20)\d{2})\b")]
    private static partial Regex AbsoluteYear();
}
