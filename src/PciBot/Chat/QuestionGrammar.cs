using System.Text.RegularExpressions;

namespace PciBot.Chat;

/// <summary>
/// Questions about the plan's calendar: what is due in a period, what is overdue, who has not reported. A period on
/// its own ("quý sau", "tháng 12", "Q4 2023") asks what is due in it.
/// </summary>
internal static partial class QuestionGrammar
{
    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "viec", "cong", "nhiem", "vu", "nv", "gi", "nao", "co", "cac", "nhung", "trong", "cho", "ky", "bao", "cao", "xem",
        "what", "s", "is", "are", "in", "for", "the", "tasks", "task", "show", "me", "list", "which", "of", "during", "on",
    };

    public static ChatCommand? TryParse(string normalized, UnitMatcher units)
    {
        var found = PeriodGrammar.Find(normalized);
        var rest = found?.Remainder ?? normalized;
        var unit = units.Find(rest);
        if (NotReported().IsMatch(rest))
        {
            return new NotReportedCommand(found?.Period ?? PeriodRef.ThisQuarter);
        }

        if (Overdue().IsMatch(rest))
        {
            return new OverdueCommand(unit);
        }

        if (Due().IsMatch(rest) || (found is not null && unit is null && rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(Fillers.Contains)))
        {
            return new DueInPeriodCommand(found?.Period ?? PeriodRef.ThisQuarter, unit);
        }

        return null;
    }

    // "ai chưa báo cáo", "đơn vị nào chưa nộp báo cáo", "who has not reported", "who hasn't reported", "missing reports".
    [GeneratedRegex(@"\bchua\s+(?:nop\s+|gui\s+)?bao\s+cao\b|\bchua\s+nop\b|\b(?:has|have)\s*(?:not|n\s*t)\s+(?:yet\s+)?reported\b|\bnot\s+(?:yet\s+)?reported\b|\bmissing\s+reports?\b")]
    private static partial Regex NotReported();

    // "việc nào quá hạn", "trễ hạn", "what is overdue", "late tasks", "past due".
    [GeneratedRegex(@"\bqua\s+han\b|\btre\s+han\b|\bcham\s+han\b|\boverdue\b|\blate\b|\bpast\s+due\b")]
    private static partial Regex Overdue();

    // "việc gì đến hạn", "sắp đến hạn", "hạn báo cáo", "phải báo cáo", "what's due", "deadlines".
    [GeneratedRegex(@"\bden\s+han\b|\bhan\s+bao\s+cao\b|\bphai\s+bao\s+cao\b|\bcan\s+bao\s+cao\b|\bdue\b|\bdeadlines?\b|\bhan\s+chot\b")]
    private static partial Regex Due();
}
