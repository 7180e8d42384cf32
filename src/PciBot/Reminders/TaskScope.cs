using PciBot.Registry;
using PciBot.Schedules;

namespace PciBot.Reminders;

/// <summary>Which tasks a schedule reminds about at an occurrence, from each task's cadence.</summary>
internal static class TaskScope
{
    public static bool Covers(ScheduleKind kind, PlanTask task, Occurrence occurrence) => kind switch
    {
        ScheduleKind.Monthly => task.Cadence == Cadence.Monthly,
        ScheduleKind.Quarterly => task.Cadence switch
        {
            Cadence.Ongoing or Cadence.Periodic => true,
            Cadence.Period => occurrence.Period is { } period && task.PeriodFrom <= period.Year && period.Year <= task.PeriodTo,
            Cadence.Conditional => task.ConditionMetAt is { } met && met <= occurrence.FireAt,
            _ => false,
        },
        ScheduleKind.Annual => task.Cadence == Cadence.Annual,
        ScheduleKind.Deadline => task.Cadence == Cadence.Deadline && task.Deadline == occurrence.CutOff,
        _ => false,
    };

    /// <summary>Whether a schedule of <paramref name="kind"/> reminds about tasks of <paramref name="cadence"/> at all.</summary>
    public static bool Follows(ScheduleKind kind, Cadence cadence) => kind switch
    {
        ScheduleKind.Monthly => cadence == Cadence.Monthly,
        ScheduleKind.Quarterly => cadence is Cadence.Ongoing or Cadence.Periodic or Cadence.Period or Cadence.Conditional,
        ScheduleKind.Annual => cadence == Cadence.Annual,
        ScheduleKind.Deadline => cadence == Cadence.Deadline,
        _ => false,
    };
}
