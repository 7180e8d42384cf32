using System.Text.RegularExpressions;
using PciBot.Calendar;
using PciBot.Registry;

namespace PciBot.Questions;

/// <summary>
/// Reads a question by its parts rather than by a fixed pattern: takes out courtesy and filler words, then finds
/// each slot wherever it is in the sentence and takes it out — the period, the task, an index code, the unit, the
/// person, an index by name, a family — reads the intent from the keywords that are left, and last looks for the
/// remaining words in the tasks' texts. Works on normalized text, so with or without diacritics alike.
/// </summary>
internal static partial class QuestionReader
{
    // More tasks than a card has buttons for are not a reading of the words.
    private const int MaxTaskChoices = 5;

    // The department's two centres, by the names their units are registered under.
    private static readonly string[] Centres = ["trung tam cong ttdt", "trung tam cntt"];

    // Words of questions rather than of what they ask about: left out when the rest is looked for in the tasks' texts.
    private static readonly HashSet<string> QuestionWords = new(StringComparer.Ordinal)
    {
        "viec", "cong", "nhiem", "vu", "nv", "gi", "nao", "co", "cac", "nhung", "trong", "cho", "ky", "bao", "cao", "ve", "la", "cua",
        "thuoc", "do", "ai", "chu", "tri", "phoi", "hop", "tinh", "hinh", "tien", "trang", "thai", "the", "ra", "sao", "khi", "han",
        "den", "toi", "duoc", "dang", "lam", "thuc", "hien", "phu", "trach", "giao", "lien", "quan", "gom", "nhieu",
        "con", "khong", "ko", "nop", "gui", "phai", "can", "se", "da", "roi", "dau", "chua", "muon", "hoi", "biet", "xem", "danh", "sach",
        "what", "s", "is", "are", "was", "task", "tasks", "about", "on", "of", "for", "which", "who", "leads", "lead", "status", "show",
        "how", "going", "where", "stands", "details", "detail", "list", "any", "anything", "there", "to", "in", "and", "or", "it", "its",
        "that", "this", "does", "did", "have", "has", "be", "been", "plan", "ke", "hoach", "nay", "report", "reports", "due",
        "don", "vi", "phong", "tat", "ca", "toan", "bo", "sap", "bi", "all", "items", "not", "yet", "still",
    };

    public static QuestionReading Read(string normalized, UnitMatcher units, IndexMatcher indices, string? typed = null, TaskMatcher? tasks = null)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(indices);
        var text = QuestionCourtesy.Strip(normalized);
        var reading = new QuestionReading();

        (reading, text) = ReadPeriod(reading, text, typed);
        (reading, text) = ReadTask(reading, text);
        if (IndexCode().Match(text) is { Success: true } code)
        {
            reading = reading with { Indices = [code.Value.ToUpperInvariant()] };
            text = Without(text, code);
        }

        (reading, text) = ReadUnit(reading, text, units);

        // Before the index names: "bên mình" is the asker, not a typo of "bình" in "cạnh tranh bình đẳng".
        if (Person().Match(text) is { Success: true } person)
        {
            reading = reading with { Mine = true };
            text = Without(text, person);
        }

        if (reading.Indices.Count == 0)
        {
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (indices.Run(words) is { } run)
            {
                reading = reading with { Indices = run.Codes };
                text = string.Join(' ', words.Take(run.Start).Concat(words.Skip(run.Start + run.Length)));
            }
        }

        if (Family().Match(text) is { Success: true } family)
        {
            reading = reading with { Family = reading.Indices.Count > 0 || reading.Task is not null ? null : family.Value == "pgi" ? IndexFamily.Pgi : IndexFamily.Pci };
            text = Without(text, family);
        }

        (QuestionIntent Intent, Match? Words) keyword = NotReported().Match(text) is { Success: true } notReported ? (QuestionIntent.NotReported, notReported)
            : Overdue().Match(text) is { Success: true } overdue ? (QuestionIntent.Overdue, overdue)
            : Due().Match(text) is { Success: true } due ? (QuestionIntent.Due, due)
            : (QuestionIntent.None, null);
        if (keyword.Words is { } found)
        {
            text = Without(text, found);
        }

        var intent = keyword.Intent == QuestionIntent.None && List().IsMatch(text) ? QuestionIntent.List : keyword.Intent;
        if (tasks is not null && reading.Task is null && reading.Indices.Count == 0)
        {
            reading = ReadTaskText(reading, text, tasks);
        }

        return reading with { Intent = intent };
    }

    private static (QuestionReading, string) ReadPeriod(QuestionReading reading, string text, string? typed)
    {
        if (YearEnd().Match(text) is { Success: true } end)
        {
            var year = end.Groups["y"].Success ? PeriodWords.Year(end.Groups["y"].Value) : (int?)null;
            PeriodRef[] both = [new(PeriodKind.Year, Year: year), new(PeriodKind.Quarter, Number: 4, Year: year)];
            return (reading with { Periods = both }, Without(text, end));
        }

        if (PeriodGrammar.Find(text, typed) is not { } found)
        {
            return (reading with { UnreadPeriod = PeriodGrammar.Unread(text) }, text);
        }

        // A second period in one question ("tháng 12 quý 4") is not read as one of the two.
        if (PeriodGrammar.Find(found.Remainder, typed) is { } second)
        {
            return (reading with { Periods = [found.Period, second.Period] }, second.Remainder);
        }

        return (reading with { Periods = [found.Period], UnreadPeriod = PeriodGrammar.Unread(found.Remainder) }, found.Remainder);
    }

    private static (QuestionReading, string) ReadTask(QuestionReading reading, string text)
    {
        var match = TaskReference().Match(text);
        if (!match.Success)
        {
            match = NumberAlone().Match(text);
        }

        return TaskKey.Of(match) is { } task ? (reading with { Task = task }, Without(text, match)) : (reading, text);
    }

    // What is left once the question's own words are out, if two words or more, may be words of one task's text ("đối
    // thoại với doanh nghiệp"), or of a few between which to choose.
    private static QuestionReading ReadTaskText(QuestionReading reading, string text, TaskMatcher tasks)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !QuestionWords.Contains(w)).ToList();
        if (words.Count < 2)
        {
            return reading;
        }

        return tasks.Find(words) switch
        {
            [var task] => reading with { Task = task },
            { Count: > 1 and <= MaxTaskChoices } found => reading with { Tasks = found },
            [] => reading with { Unexplained = true },
            _ => reading,
        };
    }

    private static (QuestionReading, string) ReadUnit(QuestionReading reading, string text, UnitMatcher units)
    {
        if (units.Match(text) is { } exact)
        {
            return (reading with { UnitCode = exact.Code }, WithoutWords(text, exact.Name));
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (units.Near(words) is { } near)
        {
            return (reading with { UnitCode = near.Code }, WithoutWords(text, near.Words));
        }

        if (Centre().Match(text) is { Success: true } centre)
        {
            var centres = Centres.Select(n => units.Match(n)?.Code).OfType<string>().Distinct().ToList();
            return (reading with { Units = centres }, Without(text, centre));
        }

        return UnknownUnit().Match(text) is { Success: true } unknown ? (reading with { UnreadUnit = unknown.Value }, Without(text, unknown)) : (reading, text);
    }

    private static string Without(string text, Match match) =>
        $"{text[..match.Index]} {text[(match.Index + match.Length)..]}".Trim();

    private static string WithoutWords(string text, string words)
    {
        var padded = $" {text} ";
        var at = padded.IndexOf($" {words} ", StringComparison.Ordinal);
        return at < 0 ? text : $"{padded[..at]} {padded[(at + words.Length + 2)..]}".Trim();
    }

    // "cuối năm", "cuối năm 2023", "year end", "the end of the year": the year, or its fourth quarter?
    [GeneratedRegex(@"(?<!\b(?:nua|thang)\s)\b(?:(?:vao\s+)?cuoi\s+nam(?:\s+(?:nay|(?<y>(?:19|20)\d{2})))?|year\s*end|(?:the\s+)?end\s+of\s+(?:the\s+)?year(?:\s+(?<y>(?:19|20)\d{2}))?)\b")]
    private static partial Regex YearEnd();

    // "nhiệm vụ 8", "nv số 8", "NV8", "việc thứ 8", "task 12", "task number 12", "PGI 2", "nhiệm vụ PGI 3".
    [GeneratedRegex(@"\b(?:(?:nhiem\s+vu|nhiem|nv|task|viec|cong\s+viec|item)\s+(?:so\s+|thu\s+|no\s+|number\s+)?(?:(?<family>pci|pgi)\s*)?|(?<family>pci|pgi)\s*(?:so\s+)?|nv)(?<number>\d{1,3})\b")]
    private static partial Regex TaskReference();

    // "19": a number and nothing else is a task.
    [GeneratedRegex(@"^(?<number>\d{1,3})$")]
    private static partial Regex NumberAlone();

    [GeneratedRegex(@"\b[ab]\.(?:viii|vii|vi|iv|v|iii|ii|i)\b")]
    private static partial Regex IndexCode();

    [GeneratedRegex(@"\b(?:pci|pgi)\b")]
    private static partial Regex Family();

    // "trung tâm" alone names one of the department's two centres.
    [GeneratedRegex(@"\btrung\s+tam\b")]
    private static partial Regex Centre();

    // "phòng kế toán": a unit by a name the registry does not know.
    [GeneratedRegex(@"\bphong\s+(?!(?:em|minh|toi|tui|chung|ban|nao|chong|ngua|ho|hop|lam|oi)\b)(?!(?:co|gi|thi|phai|can|da|dang|se|den|qua|chua|bao|nop|nhiem|viec|nv|task|nhung|cac|la|du|khong)\b)\S+(?:\s+(?!(?:co|gi|thi|phai|can|da|dang|se|den|qua|chua|bao|nop|nhiem|viec|nv|task|nhung|cac|la|khong)\b)\S+)?")]
    private static partial Regex UnknownUnit();

    // "của tôi", "bên mình", "phòng em", "đơn vị chúng tôi", "em phải báo cáo", "tôi có việc gì", "my", "our", "do I", "for me".
    [GeneratedRegex(@"\b(?:(?:cua|ben|phong|don\s+vi|giao\s+cho|cho)\s+(?:chung\s+toi|chung\s+em|toi|minh|em|tui)|(?:chung\s+toi|chung\s+em|toi|minh|em|tui)\s+(?:co|phai|can|dang|duoc|se|chua|con)|my|our|ours|mine|for\s+(?:me|us)|(?:do|should|must|have)\s+(?:i|we)|(?:i|we)\s+(?:have|need|must|should|owe|got)|(?:i|we)\s+m|i\s+am|am\s+i|we\s+are|are\s+we)\b")]
    private static partial Regex Person();

    // "ai chưa báo cáo", "chưa nộp", "đơn vị nào chưa gửi", "who has not reported", "hasn't reported", "missing reports".
    [GeneratedRegex(@"\bchua\s+(?:nop\s+|gui\s+|co\s+)?bao\s+cao\b|\bchua\s+(?:nop|gui)\b|\b(?:has|have)\s*(?:not|n\s*t)\s+(?:yet\s+)?(?:reported|sent|submitted|filed)\b|\b(?:not|yet\s+to)\s+(?:yet\s+)?(?:reported|report|submitted)\b|\bmissing\s+(?:reports?|report)\b|\bstill\s+owes?\b|\bowes?\s+(?:a\s+)?reports?\b|\bbao\s+cao\s+chua\b|\bnop\s+(?:bao\s+cao\s+)?chua\b")]
    private static partial Regex NotReported();

    // "việc nào quá hạn", "trễ hạn", "bị trễ", "chậm", "what is overdue", "late", "past due", "behind", "missed".
    [GeneratedRegex(@"\bqua\s+han\b|\btre\s+han\b|\bcham\s+han\b|\bbi\s+tre\b|\btre\b|\bcham\b|\bno\s+dong\b|\boverdue\b|\blate\b|\bpast\s+(?:due|the\s+deadline|deadline)\b|\bbehind\b|\bmiss(?:ed)?\b")]
    private static partial Regex Overdue();

    // "đến hạn", "tới hạn", "hạn báo cáo", "phải báo cáo", "cần nộp", "báo cáo gì", "hạn chót", "due", "deadline".
    [GeneratedRegex(@"\b(?:den|toi|sap\s+den|sap\s+toi|het)\s+han\b|\bhan\s+(?:bao\s+cao|nop|chot|cuoi)\b|\b(?:phai|can|se)\s+(?:bao\s+cao|nop|gui)\b|\bbao\s+cao\s+(?:gi|nhung\s+gi|nao)\b|\bnop\s+(?:gi|bao\s+cao)\b|\bhan\b|\bdue\b|\bdeadlines?\b|\bcut\s*offs?\b|\bto\s+(?:report|submit|file|send)\b")]
    private static partial Regex Due();

    // "nhiệm vụ", "danh sách", "liệt kê", "tasks", "list", "which tasks".
    [GeneratedRegex(@"\b(?:nhiem\s+vu|nhiem|nv|viec|cong\s+viec|danh\s+sach|ds|liet\s+ke|tat\s+ca|toan\s+bo|tasks?|list|all|everything|items?|work|chi\s+so|index|indices|tinh\s+hinh|tien\s+do|trang\s+thai|status|progress|ke\s+hoach|plan)\b")]
    private static partial Regex List();
}
