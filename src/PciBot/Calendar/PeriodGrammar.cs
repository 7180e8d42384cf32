using System.Text.RegularExpressions;

namespace PciBot.Calendar;

/// <summary>
/// Finds the period a normalized question names, and what is left of the question without it. Periods are read in
/// numbers, Roman numerals, ordinals and words, with or without a year, in Vietnamese and English: "quý IV/2023",
/// "quý ba năm ngoái", "the third quarter", "tháng chín", "March 2024", "nửa cuối năm", "next month".
/// </summary>
internal static partial class PeriodGrammar
{
    /// <summary>The period, where it was read and what is left of the text without it; null when none is named.</summary>
    /// <remarks>
    /// "tháng sáu" (June) and "tháng sau" (next month) are one text without diacritics; <paramref name="typed"/>, the
    /// words as typed, tells them apart when it has them.
    /// </remarks>
    public static (PeriodRef Period, string Remainder)? Find(string normalized, string? typed = null)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        if (typed is not null && typed.Contains("sáu", StringComparison.OrdinalIgnoreCase))
        {
            normalized = June().Replace(normalized, "thang 6");
        }

        if (Half().Match(normalized) is { Success: true } half)
        {
            var number = half.Groups["h"].Value is "dau" or "first" or "1st" or "1" ? 1 : 2;
            return (Numbered(PeriodKind.HalfYear, number, half), Without(normalized, half));
        }

        if (Quarter().Match(normalized) is { Success: true } quarter)
        {
            return (Numbered(PeriodKind.Quarter, PeriodWords.Number(quarter.Groups["n"].Value), quarter), Without(normalized, quarter));
        }

        if (Month().Match(normalized) is { Success: true } month)
        {
            return (Numbered(PeriodKind.Month, PeriodWords.Number(month.Groups["n"].Value), month), Without(normalized, month));
        }

        if (Relative().Match(normalized) is { Success: true } relative)
        {
            var kind = relative.Groups["k"].Value switch
            {
                "quy" or "quarter" or "ky" or "period" => PeriodKind.Quarter,
                "thang" or "month" => PeriodKind.Month,
                _ => PeriodKind.Year,
            };
            return (new PeriodRef(kind, PeriodWords.Offset(relative.Groups["r"].Value)), Without(normalized, relative));
        }

        if (Year().Match(normalized) is { Success: true } year)
        {
            return (new PeriodRef(PeriodKind.Year, Year: PeriodWords.Year(year.Groups["y"].Value)), Without(normalized, year));
        }

        return null;
    }

    /// <summary>
    /// Words left in a question that name a period the grammar could not read ("quý năm", "tháng 13", "kỳ sau nữa"),
    /// so that the question is not answered for another period; null when there are none.
    /// </summary>
    public static string? Unread(string remainder)
    {
        ArgumentNullException.ThrowIfNull(remainder);
        return UnreadPeriod().Match(remainder) is { Success: true } unread ? unread.Value.Trim() : null;
    }

    private static PeriodRef Numbered(PeriodKind kind, int number, Match match)
    {
        if (match.Groups["y"].Success)
        {
            return new PeriodRef(kind, Number: number, Year: PeriodWords.Year(match.Groups["y"].Value));
        }

        return new PeriodRef(kind, Number: number, YearOffset: match.Groups["yr"].Success ? PeriodWords.Offset(match.Groups["yr"].Value) : 0);
    }

    private static string Without(string text, Match match) =>
        $"{text[..match.Index]} {text[(match.Index + match.Length)..]}".Trim();

    // What may follow a numbered period: its year ("/2023", "năm 2023", "of 2024", "2023") or a year relative to
    // this one ("năm ngoái", "năm sau", "last year", "of next year").
    private const string YearPart =
        @"(?:\s*(?:/|-|,)?\s*(?:(?:nam|of|in|of the year)\s+)?(?<y>(?:19|20)\d{2})"
        + @"|\s+(?:cua\s+)?nam\s+(?<yr>nay|ngoai|truoc|roi|qua|sau|toi|ke tiep|tiep theo)"
        + @"|\s+(?:of\s+)?(?:the\s+)?(?<yr>this|last|next|previous|current|coming)\s+year)?";

    // "nửa đầu năm", "6 tháng cuối năm 2023", "nửa cuối năm ngoái", "the second half of 2023", "first half of next year", "H2 2024".
    [GeneratedRegex(@"\b(?:(?:nua|6\s+thang|sau\s+thang)\s+(?<h>dau|cuoi)\s+nam|(?:the\s+)?(?<h>first|second|1st|2nd)\s+half(?:\s+of(?:\s+the)?\s+year)?|h(?<h>[12]))(?:\s+(?:nam\s+)?(?<y>(?:19|20)\d{2})|\s+(?<yr>nay|ngoai|truoc|roi|sau|toi)|\s+(?:of\s+)?(?:the\s+)?(?<yr>this|last|next|previous|current|coming)\s+year|\s+of\s+(?<y>(?:19|20)\d{2}))?(?![\w.])")]
    private static partial Regex Half();

    // "quý IV/2023", "quý 4 năm 2023", "quý ba năm ngoái", "quý thứ hai", "Q4 2023", "quarter 4 of 2023",
    // "the third quarter", "3rd quarter of 2024", "q1".
    [GeneratedRegex(@"\b(?:(?:quy|quarter|q)\s*(?:thu\s+|so\s+|no\s+)?(?<n>iv|iii|ii|i|[1-4]|mot|nhat|hai|ba|bon|tu|one|two|three|four)|(?:the\s+)?(?<n>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter)" + YearPart + @"(?![\w.])")]
    private static partial Regex Quarter();

    // "tháng 12", "tháng 12/2023", "tháng chín", "tháng mười một năm ngoái", "tháng giêng", "month 12", "December",
    // "march 2024", "in may" (but not "may I…").
    [GeneratedRegex(@"\b(?:(?:thang|month)\s*(?<n>1[0-2]|0?[1-9]|muoi mot|muoi hai|muoi(?!\s+(?:mot|hai|ba|bon|tu|lam|nam|sau|bay|tam|chin))|gieng|chap|mot|hai|ba|bon|tu|nam|bay|tam|chin)|(?<n>january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|may(?!\s+(?:i|we|you|be)\b)))" + YearPart + @"(?![\w.])")]
    private static partial Regex Month();

    // "quý này", "quý sau", "tháng trước", "năm nay", "năm ngoái", "kỳ này", "this quarter", "next month", "last year",
    // "the current reporting period".
    [GeneratedRegex(@"\b(?:(?<k>quy|thang|nam|ky)\s+(?:bao cao\s+)?(?<r>nay|sau|toi|tiep theo|ke tiep|truoc|vua qua|vua roi|hien tai|ngoai)(?!\s+nua)|(?:the\s+)?(?<r>this|next|last|previous|current|coming|past)\s+(?:reporting\s+)?(?<k>quarter|month|year|period))\b")]
    private static partial Regex Relative();

    // "năm 2024", "year 2024", "in 2024", "2024".
    [GeneratedRegex(@"\b(?:(?:nam|year|in|for)\s+)?(?<y>(?:19|20)\d{2})\b")]
    private static partial Regex Year();

    // A period word with something after it that was not read as a period: "quý năm", "tháng 13", "tháng mười ba",
    // "quarter five", "kỳ sau nữa".
    [GeneratedRegex(@"\b(?:quy|thang|nam|ky)\s+(?:sau|truoc|toi)\s+nua\b|(?<!\b(?:hang|moi|cac|hai|ba)\s)\b(?:quy|quarter|thang|month|half)\s+(?!(?:dinh|trinh|hoach|che|mo|chuan|ly)\b)\S+(?:\s+(?:mot|hai|ba|bon|tu|lam|nam|sau|bay|tam|chin|muoi|\d+))*|(?<!\b(?:hang|moi)\s)\b(?:quy|quarter|thang|month)$|\bq\d+\b")]
    private static partial Regex UnreadPeriod();

    [GeneratedRegex(@"\bthang sau\b")]
    private static partial Regex June();
}
