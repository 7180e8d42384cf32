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

    public static ChatCommand Parse(string? text, UnitMatcher units, IndexMatcher indices) => Parse(ChatInput.Plain(text), units, indices);

    public static ChatCommand Parse(ChatInput input, UnitMatcher units) => Parse(input, units, IndexMatcher.None);

    public static ChatCommand Parse(ChatInput input, UnitMatcher units, IndexMatcher indices)
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

        if (Digests.OfficeGrammar.TryParse(normalized) is { } office)
        {
            return office;
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

        if (QuestionGrammar.TryParse(normalized, units) is { } question)
        {
            return question;
        }

        if (TaskKeyOf(UpdateTask().Match(normalized)) is { } update)
        {
            return new UpdateTaskCommand(update);
        }

        if (TaskKeyOf(TaskHistory().Match(normalized)) is { } history)
        {
            return new TaskHistoryCommand(history);
        }

        if (TaskKeyOf(TaskStatus().Match(normalized)) is { } status)
        {
            return new ShowTaskCommand(status);
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
            return ListFilter(normalized, units, indices);
        }

        return ByIndexName(normalized, indices) ?? new UnknownCommand(normalized);
    }

    private static TaskKey? TaskKeyOf(Match match) =>
        match.Success && int.TryParse(match.Groups["number"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? new TaskKey(match.Groups["family"].Value == "pgi" ? IndexFamily.Pgi : IndexFamily.Pci, number)
            : null;

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

    // "cập nhật nhiệm vụ 19", "báo cáo tiến độ nv 19", "update task PGI 2", "report progress on task 19".
    [GeneratedRegex(@"^(?:cap nhat|bao cao|update|report)\s+(?:(?:tien do|progress(?:\s+on)?)\s+)?(?:(?:nhiem vu|nv|task|viec)\s+)?(?:(?<family>pci|pgi)\s*)?(?:so\s+|no\s+)?(?<number>\d{1,3})$")]
    private static partial Regex UpdateTask();

    // "lịch sử nhiệm vụ 19", "lịch sử cập nhật nv 19", "history task 19", "history of task PGI 2".
    [GeneratedRegex(@"^(?:lich su|history)\s+(?:(?:cap nhat|bao cao|of|updates?(?:\s+of)?)\s+)?(?:(?:nhiem vu|nv|task|viec)\s+)?(?:(?<family>pci|pgi)\s*)?(?:so\s+|no\s+)?(?<number>\d{1,3})$")]
    private static partial Regex TaskHistory();

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
