using System.Text.RegularExpressions;
using PciBot.Calendar;
using PciBot.Kit;
using PciBot.Messaging;
using PciBot.Registry;

namespace PciBot.Questions;

/// <summary>
/// Questions about the plan: my tasks, what is due in a period, what is overdue, who has not reported, one task, the
/// tasks of an index, a family or a unit. A period on its own ("quý sau", "tháng 12", "Q4 2023") asks what is due in
/// it. Registered last: it takes what no other grammar claimed, and what nobody understood is an
/// <see cref="UnknownCommand"/>.
/// </summary>
internal sealed partial class QuestionGrammar(PlanMatchers matchers) : IChatGrammar
{
    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "viec", "cong", "nhiem", "vu", "nv", "gi", "nao", "co", "cac", "nhung", "trong", "cho", "ky", "bao", "cao", "xem",
        "what", "s", "is", "are", "in", "for", "the", "tasks", "task", "show", "me", "list", "which", "of", "during", "on",
    };

    public async ValueTask<ChatCommand?> TryParseAsync(ChatInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (units, indices) = await matchers.CurrentAsync(ct);
        return Parse(input.Text, units, indices);
    }

    /// <summary>The question in normalized text; never null.</summary>
    public static ChatCommand Parse(string normalized, UnitMatcher units, IndexMatcher indices)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(indices);
        if (MyTasks().IsMatch(normalized))
        {
            return new MyTasksCommand();
        }

        if (DueThisQuarter().IsMatch(normalized))
        {
            return new DueThisQuarterCommand();
        }

        if (CalendarQuestion(normalized, units) is { } question)
        {
            return question;
        }

        if (TaskKey.Of(TaskStatus().Match(normalized)) is { } status)
        {
            return new ShowTaskCommand(status);
        }

        if (TaskKey.Of(TaskReference().Match(normalized)) is { } task)
        {
            return new ShowTaskCommand(task);
        }

        if (TaskList().IsMatch(normalized) || FamilyOnly().IsMatch(normalized) || IndexCode().IsMatch(normalized))
        {
            return ListFilter(normalized, units, indices);
        }

        return ByIndexName(normalized, indices) ?? new UnknownCommand(normalized);
    }

    private static ChatCommand? CalendarQuestion(string normalized, UnitMatcher units)
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

    private static ChatCommand? ByIndexName(string normalized, IndexMatcher indices) => indices.Find(normalized) switch
    {
        [var code] => new ListTasksCommand(IndexCode: code),
        { Count: > 1 } codes => new AmbiguousCommand(normalized, codes),
        _ => null,
    };

    private static ChatCommand ListFilter(string normalized, UnitMatcher units, IndexMatcher indices)
    {
        var index = IndexCode().Match(normalized);
        if (index.Success)
        {
            return new ListTasksCommand(IndexCode: index.Value.ToUpperInvariant());
        }

        var unit = units.Find(normalized);
        if (unit is not null)
        {
            return new ListTasksCommand(UnitCode: unit);
        }

        if (ByIndexName(normalized, indices) is { } byName)
        {
            return byName;
        }

        var family = FamilyWord().Match(normalized);
        if (family.Success)
        {
            return new ListTasksCommand(Family: family.Value == "pgi" ? IndexFamily.Pgi : IndexFamily.Pci);
        }

        return new ListTasksCommand();
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

    // "tình hình nhiệm vụ 19", "status of task 8", "how is task PGI 2 going", "task 19 status".
    [GeneratedRegex(@"^(?:(?:status|progress|tinh hinh|tien do|trang thai)\s+(?:of\s+|on\s+|cua\s+)?|how\s+is\s+)(?:(?:nhiem vu|nv|task|viec)\s+)?(?:(?<family>pci|pgi)\s*)?(?:so\s+|no\s+|#\s*)?(?<number>\d{1,3})(?:\s+.*)?$")]
    private static partial Regex TaskStatus();

    [GeneratedRegex(@"^(?:(?:xem|show|cho xem)\s+)?(?:(?:nhiem vu|nv|task|viec)\s+)?(?:(?<family>pci|pgi)\s*)?(?:so\s+|no\s+|#\s*)?(?<number>\d{1,3})(?:\s+.*)?$")]
    private static partial Regex TaskReference();

    [GeneratedRegex(@"^(?:(?:danh sach|ds|xem|liet ke|list|show|all|tat ca)\s+)*(?:cac\s+)?(?:nhiem vu|nv|tasks?|viec)\b")]
    private static partial Regex TaskList();

    [GeneratedRegex(@"^(?:(?:cac|nhung)\s+)?(?:viec|nhiem vu|nv)\s+(?:cua\s+)?(?:toi|minh|em)$|^my\s+tasks?$|^toi\s+co\s+(?:viec|nhiem vu)\s+gi$")]
    private static partial Regex MyTasks();

    [GeneratedRegex(@"^(?:(?:co\s+)?(?:viec|nhiem vu|nv)\s+(?:gi|nao)?\s*)?den\s+han\s+(?:trong\s+)?quy\s+nay$|^(?:what\s*s|what\s+is)?\s*due\s+this\s+quarter$|^quy\s+nay\s+co\s+(?:viec|nhiem vu)\s+gi\s+den\s+han$")]
    private static partial Regex DueThisQuarter();

    [GeneratedRegex(@"^(?:chi so\s+|index\s+)?(?:pci|pgi)$")]
    private static partial Regex FamilyOnly();

    [GeneratedRegex(@"\b(?:pci|pgi)\b")]
    private static partial Regex FamilyWord();

    [GeneratedRegex(@"\b[ab]\.(?:viii|vii|vi|iv|v|iii|ii|i)\b")]
    private static partial Regex IndexCode();
}
