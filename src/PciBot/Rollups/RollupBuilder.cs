using Microsoft.EntityFrameworkCore;
using PciBot.Calendar;
using PciBot.Data;
using PciBot.People;
using PciBot.Registry;
using PciBot.Status;
using PciBot.Updates;

namespace PciBot.Rollups;

/// <summary>
/// Builds the quarter's rollup from the plan and the updates, in a fixed number of queries. Each task is read against
/// the period it is reported in at the quarter's cut-off (the month for task 19, the year for annual tasks, the
/// deadline for deadline tasks), and against the same for the quarter before.
/// </summary>
internal sealed class RollupBuilder(PciBotDbContext db, GrantedCutOffs granted)
{
    public async Task<Rollup?> BuildAsync(ReportingPeriod quarter, DateOnly asOf, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(quarter);
        var plan = await new PlanCatalog(db).CurrentPlanAsync(ct);
        if (plan is null)
        {
            return null;
        }

        var units = await db.Units.AsNoTracking().Include(u => u.Members).ToDictionaryAsync(u => u.Id, ct);
        var previous = ReportingPeriods.Previous(quarter);
        var periods = plan.Tasks.ToDictionary(t => t.Id, t => (Now: SlotOf(plan, t, quarter), Before: SlotOf(plan, t, previous)));
        var keys = periods.Values.SelectMany(p => new[] { p.Now.Key, p.Before.Key }).Distinct().ToList();
        var taskIds = plan.Tasks.Select(t => t.Id).ToList();
        var latest = (await db.ProgressUpdates.AsNoTracking()
                .Where(u => taskIds.Contains(u.TaskId) && keys.Contains(u.PeriodKey))
                .ToListAsync(ct))
            .GroupBy(u => (u.TaskId, u.UnitId, u.PeriodKey))
            .ToDictionary(g => g.Key, g => g.MaxBy(u => u.Sequence)!);
        var authorIds = latest.Values.Select(u => u.PersonId).Distinct().ToList();
        var authors = await db.People.AsNoTracking().Where(p => authorIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var reportTo = units.Values.FirstOrDefault(u => u.Code == plan.ReportToUnitCode)?.FullName ?? plan.ReportToUnitCode;
        var moved = await granted.AllAsync(ct);

        // A line the Office gave more time is judged against its granted cut-off.
        DateOnly? CutOffOf(PlanTask task, Unit unit, (string Key, DateOnly Opens, DateOnly? CutOff) slot) =>
            slot.CutOff is null ? null : moved.GetValueOrDefault((task.Id, unit.Id, slot.Key))?.CutOff ?? slot.CutOff;

        RollupTask TaskOf(PlanTask task)
        {
            var (now, before) = periods[task.Id];
            var lead = UnitExpansion.Internal(task, TaskUnitRole.Lead, units);
            var leadIds = lead.Select(u => u.Id).ToHashSet();
            var lines = lead.Select(unit =>
            {
                latest.TryGetValue((task.Id, unit.Id, now.Key), out var update);
                latest.TryGetValue((task.Id, unit.Id, before.Key), out var earlier);
                var cutOff = CutOffOf(task, unit, now);
                var status = StatusRules.Evaluate(asOf, now.Opens, cutOff, Latest(update));
                var previousStatus = before.Key == now.Key ? status : StatusRules.Evaluate(asOf, before.Opens, CutOffOf(task, unit, before), Latest(earlier));
                var previousPercent = before.Key == now.Key ? update?.PercentDone : earlier?.PercentDone;
                return new RollupLine(
                    task.Id, unit.Id, unit.Name, status, update?.PercentDone, update?.Result, update?.Obstacles, update?.EvidenceUrl,
                    update?.SubmittedAt, update is null ? null : authors.GetValueOrDefault(update.PersonId), previousStatus, previousPercent, cutOff);
            }).ToList();
            var contributions = UnitExpansion.Internal(task, TaskUnitRole.Coordinating, units)
                .Where(u => !leadIds.Contains(u.Id))
                .Select(u => latest.GetValueOrDefault((task.Id, u.Id, now.Key)) is { IsContribution: true } c
                    ? new RollupContribution(u.Name, c.PercentDone, c.Result, c.Obstacles, c.SubmittedAt)
                    : null)
                .OfType<RollupContribution>()
                .ToList();
            return new RollupTask(
                task.Id, task.Key, task.Text, task.Timeline,
                string.Join(", ", task.UnitsIn(TaskUnitRole.Lead).Select(u => u.Name)),
                string.Join(", ", task.UnitsIn(TaskUnitRole.Coordinating).Select(u => u.Name)),
                now.Key, now.CutOff, lines, contributions);
        }

        var indices = plan.Indices
            .OrderBy(i => i.Family).ThenBy(i => i.Order)
            .Select(index => new RollupIndex(
                index.Code, index.Name, index.Family, index.WeightPercent, index.TargetScore, index.TargetText,
                plan.Tasks.Where(t => t.IndexId == index.Id).OrderBy(t => t.Family).ThenBy(t => t.Number).Select(TaskOf).ToList()))
            .ToList();
        return new Rollup(plan.Number, plan.Title, plan.IssuedOn, reportTo, quarter, asOf, indices);
    }

    /// <summary>
    /// The line a task has in a quarter: its last cut-off in it (task 19 reports monthly; the quarter's month is the
    /// one that closes with it), or, with nothing due, the period it is reported in then, not yet due.
    /// </summary>
    private static (string Key, DateOnly Opens, DateOnly? CutOff) SlotOf(Plan plan, PlanTask task, ReportingPeriod quarter)
    {
        var cutOffs = DueDates.CutOffsIn(task, quarter).Where(c => c >= plan.IssuedOn).ToList();
        if (cutOffs.Count == 0)
        {
            return (TaskPeriods.Current(task, quarter.End).Key, quarter.End, null);
        }

        var cutOff = cutOffs.Max();
        var (key, opens) = StatusRules.Slot(task, cutOff);
        return (key, opens, cutOff);
    }

    private static LatestReport? Latest(ProgressUpdate? update) =>
        update is null ? null : new LatestReport(update.Status, update.PercentDone, update.SubmittedAt);
}
