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
/// queries; each unit's last line of a task is compared with its last line of the quarter before. A narrower
/// <see cref="RollupScope"/> leaves out what its reader does not show.
/// </summary>
internal sealed class RollupBuilder(PciBotDbContext db, StatusBoard board, PlanCatalog catalog)
{
    private static readonly IReadOnlyList<RollupContribution> NoContributions = [];

    public Task<Rollup?> BuildAsync(ReportingPeriod quarter, CancellationToken ct) => BuildAsync(quarter, RollupScope.Full, ct);

    public async Task<Rollup?> BuildAsync(ReportingPeriod quarter, RollupScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(quarter);
        ArgumentNullException.ThrowIfNull(scope);
        var filter = new StatusFilter { IncludeNotDue = true, TaskIds = scope.TaskIds };
        var now = await board.InPeriodAsync(quarter, filter, ct);
        var before = scope.StatusesOnly ? null : await board.InPeriodAsync(ReportingPeriods.Previous(quarter), filter, ct);
        if (now is null || (before is null && !scope.StatusesOnly))
        {
            return null;
        }

        var plan = now.Plan;
        var outline = RollupOutline.Of(plan);
        var units = (await catalog.SharedAsync(ct)).Units.ToDictionary(u => u.Id);
        var earlier = (before?.Lines ?? []).GroupBy(l => (l.Task.Id, l.Unit.Id)).ToDictionary(g => g.Key, g => g.Last());
        var updates = before is null ? new Dictionary<LineKey, List<ProgressUpdate>>() : await UpdatesAsync(scope.TaskIds, [.. plan.Tasks.Where(filter.Admits)], now.Lines.Concat(before.Lines), ct);
        var reports = updates.Count == 0
            ? new Dictionary<LineKey, ProgressUpdate?>()
            : now.Lines.Where(l => l.Latest is not null).ToDictionary(l => l.Key, l => ReportOf(l, updates));
        var authorIds = reports.Values.OfType<ProgressUpdate>().Select(u => u.PersonId).Distinct().ToList();
        var authors = authorIds.Count == 0
            ? new Dictionary<int, string>()
            : await db.People.AsNoTracking().Where(p => authorIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var reportTo = units.Values.FirstOrDefault(u => u.Code == plan.ReportToUnitCode)?.FullName ?? plan.ReportToUnitCode;
        var linesOf = now.Lines.ToLookup(l => l.Task.Id);

        RollupTask TaskOf(PlanTask task)
        {
            var statusLines = linesOf[task.Id].ToList();
            var lastOfUnit = earlier.Count == 0 ? null : statusLines.GroupBy(l => l.Unit.Id).ToDictionary(g => g.Key, g => g.Last().Key);
            (ReportStatus? Status, int? Percent) Before(StatusLine line)
            {
                if (lastOfUnit is null || lastOfUnit[line.Unit.Id] != line.Key || !earlier.TryGetValue((task.Id, line.Unit.Id), out var previous))
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
            return new RollupTask(
                task.Id, task.Key, task.Text, task.Timeline,
                outline.LeadUnits(task),
                outline.CoordinatingUnits(task),
                lines, updates.Count == 0 ? NoContributions : ContributionsTo(task, statusLines));
        }

        List<RollupContribution> ContributionsTo(PlanTask task, List<StatusLine> statusLines)
        {
            var leadIds = statusLines.Select(l => l.Unit.Id).ToHashSet();
            var periodKeys = statusLines.Select(l => l.PeriodKey).Distinct().ToList();
            return UnitExpansion.Internal(task, TaskUnitRole.Coordinating, units)
                .Where(u => !leadIds.Contains(u.Id))
                .SelectMany(u => periodKeys.Select(key => updates.GetValueOrDefault(new LineKey(task.Id, u.Id, key))?[^1] is { IsContribution: true } c
                    ? new RollupContribution(u.Name, c.PercentDone, c.Result, c.Obstacles, c.SubmittedAt)
                    : null))
                .OfType<RollupContribution>()
                .ToList();
        }

        var indices = outline.Indices
            .Select(o => new RollupIndex(
                o.Index.Code, o.Index.Name, o.Index.Family, o.Index.WeightPercent, o.Index.TargetScore, o.Index.TargetText,
                [.. o.Tasks.Where(filter.Admits).Select(TaskOf)]))
            .ToList();
        return new Rollup(plan.Number, plan.Title, plan.IssuedOn, reportTo, quarter, now.Today, indices);
    }

    /// <summary>
    /// Every update of the tasks' lines in the periods of <paramref name="lines"/>, oldest first per line. The database
    /// is given the task ids only when a few are asked for: a list of every task of the plan costs it far more than
    /// the rows of other plans' tasks it would leave out.
    /// </summary>
    private async Task<Dictionary<LineKey, List<ProgressUpdate>>> UpdatesAsync(IReadOnlySet<int>? asked, List<PlanTask> tasks, IEnumerable<StatusLine> lines, CancellationToken ct)
    {
        var keys = lines.Select(l => l.PeriodKey).Distinct().ToList();
        var taskIds = tasks.Select(t => t.Id).ToHashSet();
        var query = db.ProgressUpdates.AsNoTracking().Where(u => keys.Contains(u.PeriodKey));
        if (asked is not null)
        {
            var few = taskIds.ToList();
            query = query.Where(u => few.Contains(u.TaskId));
        }

        return (await query.ToListAsync(ct))
            .Where(u => taskIds.Contains(u.TaskId))
            .GroupBy(u => new LineKey(u.TaskId, u.UnitId, u.PeriodKey))
            .ToDictionary(g => g.Key, g => g.OrderBy(u => u.Sequence).ToList());
    }

    /// <summary>The update a line's status was decided from, so that its texts and its status never disagree.</summary>
    private static ProgressUpdate? ReportOf(StatusLine line, Dictionary<LineKey, List<ProgressUpdate>> updates) =>
        updates.GetValueOrDefault(line.Key) is { } rows
            ? rows.LastOrDefault(u => u.Sequence == line.Latest!.Sequence) ?? rows[^1]
            : null;
}
