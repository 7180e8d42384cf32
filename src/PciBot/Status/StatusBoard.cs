using Microsoft.EntityFrameworkCore;
using PciBot.Calendar;
using PciBot.Data;
using PciBot.Registry;
using PciBot.Updates;

namespace PciBot.Status;

/// <summary>
/// Evaluates the status of many lines at once: the plan and its units are read once, and the latest update of every
/// line asked about in one query, whatever the number of tasks and units.
/// </summary>
internal sealed class StatusBoard(PciBotDbContext db, PlanCatalog catalog, TimeProvider time)
{
    /// <summary>Every cut-off the tasks have in <paramref name="period"/>, one line per lead unit.</summary>
    public async Task<StatusReport?> InPeriodAsync(ReportingPeriod period, StatusFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(filter);
        return await EvaluateAsync(filter, (plan, task) => CutOffs(plan, task, [period]), ct);
    }

    /// <summary>Each task's line for the period it is reported against today (a deadline task: its deadline).</summary>
    public async Task<StatusReport?> CurrentAsync(StatusFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var today = VietnamTime.Today(time);
        return await EvaluateAsync(
            filter,
            (_, task) => task.Cadence == Cadence.Deadline && task.Deadline is { } deadline
                ? [deadline]
                : DueDates.CutOffsIn(task, ReportingPeriods.Containing(TaskPeriods.KindOf(task.Cadence), today)),
            ct);
    }

    /// <summary>
    /// Lines whose cut-off has passed unreported, in the current reporting quarter and the one before it; older
    /// periods are history for the Office's rollups, not today's work.
    /// </summary>
    public async Task<StatusReport?> OverdueAsync(StatusFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var quarter = ReportingPeriods.Containing(PeriodKind.Quarter, VietnamTime.Today(time));
        ReportingPeriod[] periods = [ReportingPeriods.Previous(quarter), quarter];
        var report = await EvaluateAsync(filter with { IncludeNotDue = false }, (plan, task) => CutOffs(plan, task, periods), ct);
        return report is null ? null : report with { Lines = report.Lines.Where(l => l.Status == ReportStatus.Overdue).ToList() };
    }

    private static List<DateOnly> CutOffs(Plan plan, PlanTask task, IEnumerable<ReportingPeriod> periods) =>
        periods.SelectMany(p => DueDates.CutOffsIn(task, p)).Where(c => c >= plan.IssuedOn).Distinct().Order().ToList();

    private async Task<StatusReport?> EvaluateAsync(StatusFilter filter, Func<Plan, PlanTask, IReadOnlyList<DateOnly>> cutOffsOf, CancellationToken ct)
    {
        var plan = await catalog.CurrentPlanAsync(ct);
        if (plan is null)
        {
            return null;
        }

        var today = VietnamTime.Today(time);
        var units = await db.Units.AsNoTracking().Include(u => u.Members).ToDictionaryAsync(u => u.Id, ct);
        var slots = new List<(PlanTask Task, Unit Unit, string Key, DateOnly Opens, DateOnly? CutOff)>();
        foreach (var task in plan.Tasks.Where(filter.Admits))
        {
            var leads = LeadUnits(task, units).Where(filter.Admits).ToList();
            var cutOffs = cutOffsOf(plan, task);
            if (cutOffs.Count == 0 && filter.IncludeNotDue)
            {
                var (key, _) = TaskPeriods.Current(task, today);
                slots.AddRange(leads.Select(unit => (task, unit, key, today, (DateOnly?)null)));
            }

            foreach (var cutOff in cutOffs)
            {
                var (key, opens) = StatusRules.Slot(task, cutOff);
                slots.AddRange(leads.Select(unit => (task, unit, key, opens, (DateOnly?)cutOff)));
            }
        }

        var latest = await LatestAsync(slots.Where(s => s.CutOff is not null).Select(s => s.Key).Distinct().ToList(), filter, ct);
        var lines = slots
            .Select(s =>
            {
                var report = s.CutOff is null ? null : latest.GetValueOrDefault((s.Task.Id, s.Unit.Id, s.Key));
                return new StatusLine(s.Task, s.Unit, s.Key, s.CutOff, StatusRules.Evaluate(today, s.Opens, s.CutOff, report), report);
            })
            .ToList();
        return new StatusReport(plan, today, lines);
    }

    /// <summary>The latest update of every line of the given periods: one query, served by the ledger's unique index.</summary>
    private async Task<Dictionary<(int TaskId, int UnitId, string Key), LatestReport>> LatestAsync(List<string> keys, StatusFilter filter, CancellationToken ct)
    {
        if (keys.Count == 0)
        {
            return [];
        }

        var updates = db.ProgressUpdates.AsNoTracking().Where(u => keys.Contains(u.PeriodKey));
        if (filter.UnitIds is { Count: > 0 and <= 64 } unitIds)
        {
            var ids = unitIds.ToList();
            updates = updates.Where(u => ids.Contains(u.UnitId));
        }

        if (filter.TaskIds is { Count: > 0 and <= 64 } taskIds)
        {
            var ids = taskIds.ToList();
            updates = updates.Where(u => ids.Contains(u.TaskId));
        }

        var rows = await updates
            .Where(u => u.Sequence == db.ProgressUpdates
                .Where(v => v.TaskId == u.TaskId && v.UnitId == u.UnitId && v.PeriodKey == u.PeriodKey)
                .Max(v => v.Sequence))
            .Select(u => new { u.TaskId, u.UnitId, u.PeriodKey, u.Status, u.PercentDone, u.SubmittedAt })
            .ToListAsync(ct);
        return rows.ToDictionary(r => (r.TaskId, r.UnitId, r.PeriodKey), r => new LatestReport(r.Status, r.PercentDone, r.SubmittedAt));
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
