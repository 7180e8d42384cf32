using System.Globalization;
using System.Text.RegularExpressions;
using PciBot.Kit;
using PciBot.Registry;

namespace PciBot.Admin;

/// <summary>How often a task is reported, read from the plan's "Thời gian thực hiện" cell as the seed file records it.</summary>
internal static partial class TimelineReader
{
    public static (Cadence Cadence, DateOnly? Deadline, int? PeriodFrom, int? PeriodTo, string? Condition) Read(string timeline) =>
        TryRead(timeline) ?? (Cadence.Ongoing, null, null, null, null);

    /// <summary>The cadence the cell's words say, or null when they match no rule (where <see cref="Read"/> assumes an ongoing task).</summary>
    public static (Cadence Cadence, DateOnly? Deadline, int? PeriodFrom, int? PeriodTo, string? Condition)? TryRead(string timeline)
    {
        var text = TextNormalizer.Normalize(timeline);
        if (text.StartsWith("thuc hien sau khi", StringComparison.Ordinal))
        {
            var condition = ConditionPrefix().Replace(timeline.Trim(), "").Trim();
            return (Cadence.Conditional, null, null, null, condition);
        }

        if (text.Contains("hang thang", StringComparison.Ordinal))
        {
            return (Cadence.Monthly, null, null, null, null);
        }

        if (text.Contains("bao cao dinh ky", StringComparison.Ordinal))
        {
            return (Cadence.Periodic, null, null, null, null);
        }

        var quarter = Quarter().Match(text);
        if (quarter.Success)
        {
            var number = quarter.Groups["q"].Value switch { "i" => 1, "ii" => 2, "iii" => 3, _ => 4 };
            var year = int.Parse(quarter.Groups["year"].Value, CultureInfo.InvariantCulture);
            var end = new DateOnly(year, number * 3, 1).AddMonths(1).AddDays(-1);
            return (Cadence.Deadline, end, null, null, null);
        }

        var span = Span().Match(text);
        if (span.Success)
        {
            return (Cadence.Period, null, int.Parse(span.Groups["from"].Value, CultureInfo.InvariantCulture), int.Parse(span.Groups["to"].Value, CultureInfo.InvariantCulture), null);
        }

        if (text.Contains("thuong xuyen", StringComparison.Ordinal))
        {
            return (Cadence.Ongoing, null, null, null, null);
        }

        return text.Contains("ke hoach", StringComparison.Ordinal) || text.Contains("hang nam", StringComparison.Ordinal)
            ? (Cadence.Annual, null, null, null, null)
            : null;
    }

    [GeneratedRegex(@"^Thực hiện sau khi\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ConditionPrefix();

    [GeneratedRegex(@"\bquy\s+(?<q>iv|iii|ii|i)\s*/\s*(?<year>\d{4})\b")]
    private static partial Regex Quarter();

    [GeneratedRegex(@"\bgiai doan\s+(?<from>\d{4})\s+(?<to>\d{4})\b")]
    private static partial Regex Span();
}
