using System.Globalization;
using PciBot.Calendar;
using PciBot.Kit;
using PciBot.Registry;

namespace PciBot.Questions;

/// <summary>
/// A question written back as text the grammar reads as exactly that question, whatever the asker's language: what
/// a button that picks one reading sends. A period is written as the period it is today ("quy 4 nam 2023"), so a
/// button pressed later still asks what it offered.
/// </summary>
internal static class QuestionText
{
    public static string Of(ChatCommand command, DateOnly today) => command switch
    {
        DueInPeriodCommand due => Join("viec den han", Period(due.Period, today), Scope(due.Scope)),
        OverdueCommand overdue => Join("viec qua han", overdue.Period is { } period ? Period(period, today) : null, Scope(overdue.Scope)),
        NotReportedCommand notReported => Join("ai chua bao cao", Period(notReported.Period, today), Scope(notReported.Scope)),
        ShowTaskCommand show => Task(show.Task),
        MyTasksCommand => "viec cua toi",
        ListTasksCommand list => Join("nhiem vu", list.IndexCode is { } code ? $"chi so {code.ToLowerInvariant()}" : null, Family(list.Family), Unit(list.UnitCode)),
        _ => "",
    };

    private static string Period(PeriodRef period, DateOnly today)
    {
        var resolved = period.Resolve(today);
        return resolved.Kind switch
        {
            PeriodKind.Month => Invariant($"thang {resolved.Number} nam {resolved.Year}"),
            PeriodKind.Quarter => Invariant($"quy {resolved.Number} nam {resolved.Year}"),
            PeriodKind.HalfYear => Invariant($"nua {(resolved.Number == 1 ? "dau" : "cuoi")} nam {resolved.Year}"),
            _ => Invariant($"nam {resolved.Year}"),
        };
    }

    private static string? Scope(QuestionScope scope) => Join(
        scope.Task is { } task ? Task(task) : null,
        Unit(scope.UnitCode),
        scope.IndexCode is { } code ? $"chi so {code.ToLowerInvariant()}" : null,
        Family(scope.Family),
        scope.Mine ? "cua toi" : null);

    private static string Task(TaskKey task) => Invariant($"nhiem vu {(task.Family == IndexFamily.Pgi ? "pgi" : "pci")} {task.Number}");

    private static string? Unit(string? code) => code is null ? null : $"cua {TextNormalizer.Normalize(code)}";

    private static string? Family(IndexFamily? family) => family switch
    {
        IndexFamily.Pci => "pci",
        IndexFamily.Pgi => "pgi",
        _ => null,
    };

    private static string Join(params string?[] parts) => string.Join(' ', parts.Where(p => p is { Length: > 0 }));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
