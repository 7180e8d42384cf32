using System.Globalization;
using System.Text.RegularExpressions;
using PciBot.Admin;
using PciBot.People;
using PciBot.Registry;

namespace PciBot.Chat;

/// <summary>A small deterministic grammar over normalized text (see <see cref="TextNormalizer"/>).</summary>
internal static partial class ChatCommandParser
{
    private static readonly HashSet<string> HelpPhrases = new(StringComparer.Ordinal)
    {
        "help", "tro giup", "giup", "giup do", "huong dan", "menu", "?", "hello", "hi", "xin chao", "chao", "start",
    };

    public static ChatCommand Parse(string? text, UnitMatcher units) => Parse(ChatInput.Plain(text), units);

    public static ChatCommand Parse(ChatInput input, UnitMatcher units)
    {
        var normalized = input.Text;
        if (PeopleGrammar.TryParse(input, units) is { } people)
        {
            return people;
        }

        if (AdminGrammar.TryParse(input) is { } admin)
        {
            return admin;
        }

        if (normalized.Length == 0 || HelpPhrases.Contains(normalized))
        {
            return new HelpCommand();
        }

        if (MyTasks().IsMatch(normalized))
        {
            return new MyTasksCommand();
        }

        if (DueThisQuarter().IsMatch(normalized))
        {
            return new DueThisQuarterCommand();
        }

        if (TaskKeyOf(UpdateTask().Match(normalized)) is { } update)
        {
            return new UpdateTaskCommand(update);
        }

        if (TaskKeyOf(TaskHistory().Match(normalized)) is { } history)
        {
            return new TaskHistoryCommand(history);
        }

        var task = TaskReference().Match(normalized);
        if (task.Success)
        {
            var family = task.Groups["family"].Value == "pgi" ? IndexFamily.Pgi : IndexFamily.Pci;
            if (int.TryParse(task.Groups["number"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                return new ShowTaskCommand(new TaskKey(family, number));
            }
        }

        if (TaskList().IsMatch(normalized) || FamilyOnly().IsMatch(normalized) || IndexCode().IsMatch(normalized))
        {
            return ListFilter(normalized, units);
        }

        return new UnknownCommand(normalized);
    }

    private static TaskKey? TaskKeyOf(Match match) =>
        match.Success && int.TryParse(match.Groups["number"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? new TaskKey(match.Groups["family"].Value == "pgi" ? IndexFamily.Pgi : IndexFamily.Pci, number)
            : null;

    private static ListTasksCommand ListFilter(string normalized, UnitMatcher units)
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

        var family = FamilyWord().Match(normalized);
        if (family.Success)
        {
            return new ListTasksCommand(Family: family.Value == "pgi" ? IndexFamily.Pgi : IndexFamily.Pci);
        }

        return new ListTasksCommand();
    }

    // "cập nhật nhiệm vụ 19", "báo cáo tiến độ nv 19", "update task PGI 2", "report progress on task 19".
    [GeneratedRegex(@"^(?:cap nhat|bao cao|update|report)\s+(?:(?:tien do|progress(?:\s+on)?)\s+)?(?:(?:nhiem vu|nv|task|viec)\s+)?(?:(?<family>pci|pgi)\s*)?(?:so\s+|no\s+)?(?<number>\d{1,3})$")]
    private static partial Regex UpdateTask();

    // "lịch sử nhiệm vụ 19", "lịch sử cập nhật nv 19", "history task 19", "history of task PGI 2".
    [GeneratedRegex(@"^(?:lich su|history)\s+(?:(?:cap nhat|bao cao|of|updates?(?:\s+of)?)\s+)?(?:(?:nhiem vu|nv|task|viec)\s+)?(?:(?<family>pci|pgi)\s*)?(?:so\s+|no\s+)?(?<number>\d{1,3})$")]
    private static partial Regex TaskHistory();

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
