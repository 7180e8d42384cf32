using PciBot.Calendar;
using PciBot.Data;
using PciBot.Registry;

namespace PciBot.Schedules;

/// <summary>
/// When a schedule fires: its occurrences on the working calendar, with the plan's deadlines for the schedules that
/// follow them (deadline reminders, the year-end report), and the cut-offs moved for some lines (<see cref="IMovedCutOffs"/>).
/// </summary>
internal sealed class ScheduleOccurrences(PciBotDbContext db, WorkingCalendarSource calendars, IEnumerable<IMovedCutOffs> movedCutOffs)
{
    public async Task<IReadOnlyList<Occurrence>> BetweenAsync(ScheduleDefinition schedule, DateTimeOffset after, DateTimeOffset until, CancellationToken ct) =>
        await BetweenAsync(schedule, await new PlanCatalog(db).CurrentPlanAsync(ct), after, until, ct);

    /// <summary>For a caller that has read the plan already.</summary>
    public async Task<IReadOnlyList<Occurrence>> BetweenAsync(ScheduleDefinition schedule, Plan? plan, DateTimeOffset after, DateTimeOffset until, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return ScheduleRules.Between(schedule, await calendars.GetAsync(ct), Deadlines(schedule.Kind, plan), after, until, await MovedAsync(schedule.Kind, ct));
    }

    public async Task<IReadOnlyList<Occurrence>> NextAsync(ScheduleDefinition schedule, DateTimeOffset after, int count, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var calendar = await calendars.GetAsync(ct);
        var plan = await new PlanCatalog(db).CurrentPlanAsync(ct);
        return ScheduleRules.Next(schedule, calendar, Deadlines(schedule.Kind, plan), after, count, await MovedAsync(schedule.Kind, ct));
    }

    private async Task<List<MovedCutOff>> MovedAsync(ScheduleKind kind, CancellationToken ct)
    {
        var moved = new List<MovedCutOff>();
        foreach (var source in movedCutOffs)
        {
            moved.AddRange(await source.ForAsync(kind, ct));
        }

        return moved;
    }

    private static List<DateOnly> Deadlines(ScheduleKind kind, Plan? plan) => kind switch
    {
        ScheduleKind.Deadline => plan?.Tasks.Where(t => t.Cadence == Cadence.Deadline && t.Deadline is not null).Select(t => t.Deadline!.Value).Distinct().ToList() ?? [],
        ScheduleKind.YearEnd => plan is null ? [] : [plan.ReportDeadline],
        _ => [],
    };
}
