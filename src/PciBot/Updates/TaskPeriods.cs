using System.Globalization;
using PciBot.Calendar;
using PciBot.Registry;

namespace PciBot.Updates;

/// <summary>
/// The period a task is reported against, from its cadence as the reminder schedules use it: monthly tasks by month,
/// annual ones by year, deadline tasks against their deadline ("D2023-12-31"), everything else by quarter.
/// </summary>
internal static class TaskPeriods
{
    public static (string Key, DateOnly CutOff) Current(PlanTask task, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(task);
        if (task.Cadence == Cadence.Deadline && task.Deadline is { } deadline)
        {
            return (DeadlineKey(deadline), deadline);
        }

        var period = ReportingPeriods.Containing(KindOf(task.Cadence), today);
        return (period.Key, period.End);
    }

    /// <summary>
    /// The cut-off of <paramref name="periodKey"/> if it is a period this task is reported against and it has begun
    /// by <paramref name="today"/>; a card can be late, but never early.
    /// </summary>
    public static bool TryCutOff(PlanTask task, string periodKey, DateOnly today, out DateOnly cutOff)
    {
        ArgumentNullException.ThrowIfNull(task);
        cutOff = default;
        if (task.Cadence == Cadence.Deadline && task.Deadline is { } deadline)
        {
            cutOff = deadline;
            return periodKey == DeadlineKey(deadline);
        }

        if (!ReportingPeriods.TryParse(periodKey, out var period) || period.Kind != KindOf(task.Cadence) || period.Start > today)
        {
            return false;
        }

        cutOff = period.End;
        return true;
    }

    public static string DeadlineKey(DateOnly deadline) =>
        string.Create(CultureInfo.InvariantCulture, $"D{deadline:yyyy-MM-dd}");

    public static PeriodKind KindOf(Cadence cadence) => cadence switch
    {
        Cadence.Monthly => PeriodKind.Month,
        Cadence.Annual => PeriodKind.Year,
        _ => PeriodKind.Quarter,
    };
}
