using PciBot.Calendar;

namespace PciBot.Registry;

/// <summary>When a task must be reported within a reporting period, from its cadence (see product brief, reporting calendar).</summary>
internal static class DueDates
{
    public static IReadOnlyList<DateOnly> CutOffsIn(PlanTask task, ReportingPeriod period) => task.Cadence switch
    {
        Cadence.Monthly => Ends(PeriodKind.Month, period),
        Cadence.Ongoing or Cadence.Periodic => [period.End],
        Cadence.Period when task.PeriodFrom <= period.Year && period.Year <= task.PeriodTo => [period.End],
        Cadence.Conditional when task.ConditionMetAt is not null => [period.End],
        Cadence.Annual => Ends(PeriodKind.Year, period),
        Cadence.Deadline when task.Deadline is { } deadline && CalendarSpanContains(period, deadline) => [deadline],
        _ => [],
    };

    /// <summary>
    /// A deadline such as "Quý IV/2023" (31/12/2023) belongs to the calendar quarter it names, although the
    /// reporting quarter of that name closes on 14/12.
    /// </summary>
    private static bool CalendarSpanContains(ReportingPeriod period, DateOnly date)
    {
        var months = period.Kind switch
        {
            PeriodKind.Month => (First: period.Number, Last: period.Number),
            PeriodKind.Quarter => (First: (period.Number * 3) - 2, Last: period.Number * 3),
            PeriodKind.HalfYear => (First: (period.Number * 6) - 5, Last: period.Number * 6),
            _ => (First: 1, Last: 12),
        };
        return date.Year == period.Year && date.Month >= months.First && date.Month <= months.Last;
    }

    private static List<DateOnly> Ends(PeriodKind kind, ReportingPeriod period) =>
        Enumerable.Range(period.Year - 1, 3)
            .SelectMany(year => ReportingPeriods.InYear(kind, year))
            .Where(p => period.Contains(p.End))
            .Select(p => p.End)
            .ToList();
}
