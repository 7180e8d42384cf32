using PciBot.Calendar;
using PciBot.Registry;
using PciBot.Updates;

namespace PciBot.Status;

/// <summary>The one place a status is decided, from a line's window, its cut-off, its latest report and today's date.</summary>
internal static class StatusRules
{
    public static ReportStatus Evaluate(DateOnly today, DateOnly opens, DateOnly? cutOff, LatestReport? latest)
    {
        if (latest is not null)
        {
            return latest.Status switch
            {
                ProgressStatus.Blocked => ReportStatus.Blocked,
                ProgressStatus.Done when cutOff is null || DateOnly.FromDateTime(VietnamTime.ToLocal(latest.SubmittedAt).DateTime) <= cutOff => ReportStatus.DoneOnTime,
                ProgressStatus.Done => ReportStatus.DoneLate,
                _ => ReportStatus.Reported,
            };
        }

        if (cutOff is not { } due || today < opens)
        {
            return ReportStatus.NotDue;
        }

        return today <= due ? ReportStatus.Due : ReportStatus.Overdue;
    }

    /// <summary>
    /// A task's status across its lead units, the one that needs attention first: overdue, blocked, due, then
    /// reported; done only when every unit is done, late if any was late.
    /// </summary>
    public static ReportStatus Combine(IEnumerable<ReportStatus> statuses)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        var all = statuses.ToHashSet();
        ReportStatus[] order = [ReportStatus.Overdue, ReportStatus.Blocked, ReportStatus.Due, ReportStatus.Reported, ReportStatus.NotDue, ReportStatus.DoneLate];
        return order.FirstOrDefault(all.Contains, all.Count == 0 ? ReportStatus.NotDue : ReportStatus.DoneOnTime);
    }

    public static bool IsOpen(ReportStatus status) => status is ReportStatus.Due or ReportStatus.Overdue;

    public static bool IsDone(ReportStatus status) => status is ReportStatus.DoneOnTime or ReportStatus.DoneLate;

    /// <summary>
    /// The line a cut-off belongs to, as the ledger keys it (<see cref="TaskPeriods"/>), and the day its window opens:
    /// the start of the reporting period, or for a deadline the first day of the calendar quarter it falls in.
    /// </summary>
    public static (string Key, DateOnly Opens) Slot(PlanTask task, DateOnly cutOff)
    {
        ArgumentNullException.ThrowIfNull(task);
        if (task.Cadence == Cadence.Deadline)
        {
            return (TaskPeriods.DeadlineKey(cutOff), new DateOnly(cutOff.Year, (((cutOff.Month - 1) / 3) * 3) + 1, 1));
        }

        var period = ReportingPeriods.Containing(TaskPeriods.KindOf(task.Cadence), cutOff);
        return (period.Key, period.Start);
    }
}
