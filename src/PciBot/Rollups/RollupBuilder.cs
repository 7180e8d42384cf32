using Microsoft.EntityFrameworkCore;
using PciBot.Calendar;
using PciBot.Data;
using PciBot.People;
using PciBot.Registry;
using PciBot.Status;
using PciBot.Updates;

namespace PciBot.Rollups;

/// <summary>
/// Builds the quarter's rollup from the lines the status model holds for the quarter (<see cref="StatusBoard.InPeriodAsync"/>):
/// a line per lead unit and cut-off in it, so task 19 has one per month, each with the status every other answer gives
/// it. The updates' texts are read for exactly the reports those statuses were decided from, in a fixed number of
/// queries; each unit's last line of a task is compared with its last line of the quarter before.
/// </summary>
internal sealed class RollupBuilder(PciBotDbContext db, StatusBoard board, PlanCatalog catalog)
{
    private static readonly StatusFilter EveryLine = new() { IncludeNotDue = true };

    public async Task<Rollup?> BuildAsync(ReportingPeriod quarter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(quarter);
        var now = await board.InPeriodAsync(quarter, EveryLine, ct);
        var before = await board.InPeriodAsync(ReportingPeriods.Previous(quarter), EveryLine, ct);
        if (now is null || before is null)
        {
            return null;
        }

        var plan = now.Plan;
        var units = (await catalog.SharedAsync(ct)).Units.ToDictionary(u => u.Id);
        var earlier = before.Lines.GroupBy(l => (l.Task.Id, l.Unit.Id)).ToDictionary(g => g.Key, g => g.Last());
        var keys = now.Lines.Concat(before.Lines).Select(l => l.PeriodKey).Distinct().ToList();
        var taskIds = plan.Tasks.Select(t => t.Id).ToList();
        var updates = (await db.ProgressUpdates.AsNoTracking()
                .Where(u => taskIds.Contains(u.TaskId) && keys.Contains(u.PeriodKey))
                .ToListAsync(ct))
            .GroupBy(u => new LineKey(u.TaskId, u.UnitId, u.PeriodKey))
            .ToDictionary(g => g.Key, g => g.OrderBy(u => u.Sequence).ToList());
        var reports = now.Lines.Where(l => l.Latest is not null).ToDictionary(l => l.Key, l => ReportOf(l, updates));
        var authorIds = reports.Values.OfType<ProgressUpdate>().Select(u => u.PersonId).Distinct().ToList();
        var authors = await db.People.AsNoTracking().Where(p => authorIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var reportTo = units.Values.FirstOrDefault(u => u.Code == plan.ReportToUnitCode)?.FullName ?? plan.ReportToUnitCode;
        var linesOf = now.Lines.ToLookup(l => l.Task.Id);

        RollupTask TaskOf(PlanTask task)
        {
            var statusLines = linesOf[task.Id].ToList();
            var lastOfUnit = statusLines.GroupBy(l => l.Unit.Id).ToDictionary(g => g.Key, g => g.Last().Key);
            (ReportStatus? Status, int? Percent) Before(StatusLine line)
            {
                if (lastOfUnit[line.Unit.Id] != line.Key || !earlier.TryGetValue((task.Id, line.Unit.Id), out var previous))
                {
                    return (null, null);
                }

                return previous.PeriodKey == line.PeriodKey ? (line.Status, line.Latest?.PercentDone) : (previous.Status, previous.Latest?.PercentDone);
            }

            var lines = statusLines.Select(line =>
            {
                var update = reports.GetValueOrDefault(line.Key);
                var (previousStatus, previousPercent) = Before(line);
                return new RollupLine(
                    task.Id, line.Unit.Id, line.Unit.Name, line.PeriodKey, line.CutOff, line.Status, line.Latest?.PercentDone,
                    update?.Result, update?.Obstacles, update?.EvidenceUrl, line.Latest?.SubmittedAt,
                    update is null ? null : authors.GetValueOrDefault(update.PersonId), previousStatus, previousPercent);
            }).ToList();
            var leadIds = statusLines.Select(l => l.Unit.Id).ToHashSet();
            var periodKeys = statusLines.Select(l => l.PeriodKey).Distinct().ToList();
            var contributions = UnitExpansion.Internal(task, TaskUnitRole.Coordinating, units)
                .Where(u => !leadIds.Contains(u.Id))
                .SelectMany(u => periodKeys.Select(key => updates.GetValueOrDefault(new LineKey(task.Id, u.Id, key))?[^1] is { IsContribution: true } c
                    ? new RollupContribution(u.Name, c.PercentDone, c.Result, c.Obstacles, c.SubmittedAt)
                    : null))
                .OfType<RollupContribution>()
                .ToList();
            return new RollupTask(
                task.Id, task.Key, task.Text, task.Timeline,
                string.Join(", ", task.UnitsIn(TaskUnitRole.Lead).Select(u => u.Name)),
                string.Join(", ", task.UnitsIn(TaskUnitRole.Coordinating).Select(u => u.Name)),
                lines, contributions);
        }

        var indices = plan.Indices
            .OrderBy(i => i.Family).ThenBy(i => i.Order)
            .Select(index => new RollupIndex(
                index.Code, index.Name, index.Family, index.WeightPercent, index.TargetScore, index.TargetText,
                plan.Tasks.Where(t => t.IndexId == index.Id).OrderBy(t => t.Family).ThenBy(t => t.Number).Select(TaskOf).ToList()))
            .ToList();
        return new Rollup(plan.Number, plan.Title, plan.IssuedOn, reportTo, quarter, now.Today, indices);
    }

    /// <summary>The update a line's status was decided from, so that its texts and its status never disagree.</summary>
    private static ProgressUpdate? ReportOf(StatusLine line, Dictionary<LineKey, List<ProgressUpdate>> updates) =>
        updates.GetValueOrDefault(line.Key) is { } rows
            ? rows.LastOrDefault(u => u.Sequence == line.Latest!.Sequence) ?? rows[^1]
            : null;
}
