using PciBot.Calendar;
using PciBot.Data;
using PciBot.Registry;
using PciBot.Updates;

namespace PciBot.Status;

/// <summary>
/// The one place that says which lines a period holds and evaluates them, for every answer, digest, rollup and export,
/// so that a line has the same status wherever it is shown. It evaluates many lines at once, whatever the number of
/// tasks and units: the plan and its units come from the shared snapshot, the latest update of every line from
/// <see cref="LatestReports"/>, and the cut-offs the Office moved from <see cref="GrantedCutOffs"/>. A moved line keeps
/// its period and takes its granted cut-off.
/// </summary>
internal sealed class StatusBoard(PciBotDbContext db, PlanCatalog catalog, StatusSlots slots, LatestReports reports, GrantedCutOffs granted, TimeProvider time)
{
    /// <summary>
    /// Every cut-off the tasks have in <paramref name="period"/> (a monthly task's three months in a quarter, a deadline
    /// in the calendar quarter it names), one line per lead unit.
    /// </summary>
    public async Task<StatusReport?> InPeriodAsync(ReportingPeriod period, StatusFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(filter);
        return await EvaluateAsync(filter, $"in {period.Key}", period.End, (plan, task) => CutOffs(plan, task, [period]), ct);
    }

    /// <summary>Each task's line for the period it is reported against today (a deadline task: its deadline).</summary>
    public async Task<StatusReport?> CurrentAsync(StatusFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var today = VietnamTime.Today(time);
        return await EvaluateAsync(
            filter,
            "current",
            today,
            (_, task) => task.Cadence == Cadence.Deadline && task.Deadline is { } deadline
                ? [deadline]
                : DueDates.CutOffsIn(task, ReportingPeriods.Containing(TaskPeriods.KindOf(task.Cadence), today)),
            ct);
    }

    /// <summary>
    /// The reporting quarters whose overdue lines are today's work: the current one and the one before it. Older
    /// periods are history for the Office's rollups.
    /// </summary>
    public static IReadOnlyList<ReportingPeriod> OverdueWindow(DateOnly today)
    {
        var quarter = ReportingPeriods.Containing(PeriodKind.Quarter, today);
        return [ReportingPeriods.Previous(quarter), quarter];
    }

    /// <summary>The overdue lines of every cut-off in the <see cref="OverdueWindow"/>.</summary>
    public async Task<StatusReport?> OverdueAsync(StatusFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var today = VietnamTime.Today(time);
        var periods = OverdueWindow(today);
        var report = await EvaluateAsync(filter with { IncludeNotDue = false }, $"overdue {periods[^1].Key}", today, (plan, task) => CutOffs(plan, task, periods), ct);
        return report is null ? null : report with { Lines = report.Lines.Where(l => l.Status == ReportStatus.Overdue).ToList() };
    }

    /// <summary>
    /// The overdue lines of the <see cref="OverdueWindow"/> that are not their task's current line
    /// (<see cref="CurrentAsync"/>): what a unit left behind when a new period began, such as last month's report of a
    /// monthly task.
    /// </summary>
    public async Task<StatusReport?> OverdueBeforeCurrentAsync(StatusFilter filter, CancellationToken ct)
    {
        var overdue = await OverdueAsync(filter, ct);
        return overdue is null ? null : overdue with { Lines = overdue.Lines.Where(l => l.PeriodKey != TaskPeriods.Current(l.Task, overdue.Today).Key).ToList() };
    }

    private static List<DateOnly> CutOffs(Plan plan, PlanTask task, IEnumerable<ReportingPeriod> periods) =>
        periods.SelectMany(p => DueDates.CutOffsIn(task, p)).Where(c => c >= plan.IssuedOn).Distinct().Order().ToList();

    /// <summary>The lines <paramref name="cutOffsOf"/> gives, evaluated today; a task without one is named by <c>asOf</c>'s period.</summary>
    private async Task<StatusReport?> EvaluateAsync(
        StatusFilter filter,
        string query,
        DateOnly asOf,
        Func<Plan, PlanTask, IReadOnlyList<DateOnly>> cutOffsOf,
        CancellationToken ct)
    {
        var shared = await catalog.SharedAsync(ct);
        var plan = shared.Plan;
        if (plan is null)
        {
            return null;
        }

        var today = VietnamTime.Today(time);
        var laidOut = slots.For(shared, $"{query} on {today:yyyy-MM-dd}", () => LayOut(shared, plan, asOf, cutOffsOf));
        var latest = await reports.CurrentAsync(db, ct);
        var moved = await granted.AllAsync(ct);
        var lines = new List<StatusLine>();
        foreach (var slot in laidOut)
        {
            if ((slot.CutOff is null && !filter.IncludeNotDue) || !filter.Admits(slot.Task) || !filter.Admits(slot.Unit))
            {
                continue;
            }

            var report = latest.GetValueOrDefault(new LineKey(slot.Task.Id, slot.Unit.Id, slot.Key));
            var cutOff = slot.CutOff is null ? null : moved.GetValueOrDefault((slot.Task.Id, slot.Unit.Id, slot.Key))?.CutOff ?? slot.CutOff;
            lines.Add(new StatusLine(slot.Task, slot.Unit, slot.Key, cutOff, StatusRules.Evaluate(today, slot.Opens, cutOff, report), report));
        }

        return new StatusReport(plan, today, lines);
    }

    /// <summary>
    /// Every lead unit's line of every task for the cut-offs <paramref name="cutOffsOf"/> gives; a task with none gets
    /// a line without a cut-off (the period that holds <paramref name="asOf"/>), which only questions that show tasks
    /// not due keep.
    /// </summary>
    private static List<StatusSlot> LayOut(PlanSnapshot shared, Plan plan, DateOnly asOf, Func<Plan, PlanTask, IReadOnlyList<DateOnly>> cutOffsOf)
    {
        var units = shared.Units.ToDictionary(u => u.Id);
        var laidOut = new List<StatusSlot>();
        foreach (var task in plan.Tasks)
        {
            var leads = LeadUnits(task, units);
            var cutOffs = cutOffsOf(plan, task);
            if (cutOffs.Count == 0)
            {
                var (key, _) = TaskPeriods.Current(task, asOf);
                laidOut.AddRange(leads.Select(unit => new StatusSlot(task, unit, key, asOf, null)));
            }

            foreach (var cutOff in cutOffs)
            {
                var (key, opens) = StatusRules.Slot(task, cutOff);
                laidOut.AddRange(leads.Select(unit => new StatusSlot(task, unit, key, opens, cutOff)));
            }
        }

        return laidOut;
    }

    /// <summary>The internal units that report on a task: groups stand for their internal member units.</summary>
    public static IReadOnlyList<Unit> LeadUnits(PlanTask task, IReadOnlyDictionary<int, Unit> units)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(units);
        return task.Units.Where(l => l.Role == TaskUnitRole.Lead)
            .OrderBy(l => l.Order)
            .Select(l => units[l.UnitId])
            .SelectMany(u => u.Kind == UnitKind.Group
                ? u.Members.Where(m => m.Internal && m.Kind == UnitKind.Unit).OrderBy(m => m.Id)
                : u.Internal ? [u] : Enumerable.Empty<Unit>())
            .DistinctBy(u => u.Id)
            .ToList();
    }
}
