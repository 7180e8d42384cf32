using Microsoft.EntityFrameworkCore;
using PciBot.Audience;
using PciBot.Data;
using PciBot.Registry;

namespace PciBot.Updates;

/// <summary>
/// Works out which lines a task has: its internal lead units (groups such as "Các phòng, đơn vị thuộc Sở" stand for
/// their member units) report, its internal coordinating units contribute. External units have no line. A line's
/// cut-off is its period's, or the later date the Office granted it (<see cref="GrantedCutOffs"/>).
/// </summary>
internal sealed class ReportLines(PciBotDbContext db, GrantedCutOffs granted)
{
    /// <summary>A task of the current plan with its plan, index and units, or null.</summary>
    public async Task<PlanTask?> TaskAsync(int taskId, CancellationToken ct)
    {
        var planId = await CurrentPlanIdAsync(ct);
        return await Tasks().SingleOrDefaultAsync(t => t.Id == taskId && t.PlanId == planId && !t.IsArchived, ct);
    }

    public async Task<PlanTask?> TaskAsync(TaskKey key, CancellationToken ct)
    {
        var planId = await CurrentPlanIdAsync(ct);
        return await Tasks().SingleOrDefaultAsync(t => t.Family == key.Family && t.Number == key.Number && t.PlanId == planId && !t.IsArchived, ct);
    }

    /// <summary>
    /// The line a card's ids name, or null when they name none: the task is not in the current plan, the unit neither
    /// leads nor supports it, or the period is not one the task is reported against.
    /// </summary>
    public async Task<ReportLine?> FindAsync(int taskId, int unitId, string periodKey, DateOnly today, CancellationToken ct)
    {
        var task = await TaskAsync(taskId, ct);
        return task is not null && TaskPeriods.TryCutOff(task, periodKey, today, out var cutOff)
            ? LineFor(task, unitId, periodKey, await granted.ForAsync(taskId, unitId, periodKey, ct) ?? cutOff)
            : null;
    }

    /// <summary>Every line of a task in the period it is reported against on <paramref name="today"/>: lead units first.</summary>
    public async Task<IReadOnlyList<ReportLine>> CurrentAsync(PlanTask task, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(task);
        var (periodKey, cutOff) = TaskPeriods.Current(task, today);
        var moved = await granted.AllAsync(ct);
        return LeadUnits(task).Concat(CoordinatingUnits(task))
            .Select(unit => LineFor(task, unit.Id, periodKey, moved.GetValueOrDefault((task.Id, unit.Id, periodKey))?.CutOff ?? cutOff)!)
            .ToList();
    }

    /// <summary>The line of a reminder the bot decided to send itself, whatever has changed in the plan since.</summary>
    public async Task<ReportLine> ForReminderAsync(int taskId, int unitId, string periodKey, DateOnly cutOff, CancellationToken ct)
    {
        var task = await Tasks().SingleAsync(t => t.Id == taskId, ct);
        cutOff = await granted.ForAsync(taskId, unitId, periodKey, ct) ?? cutOff;
        if (LineFor(task, unitId, periodKey, cutOff) is { } line)
        {
            return line;
        }

        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == unitId, ct);
        return new ReportLine(task, unit, periodKey, cutOff, IsContribution: false);
    }

    /// <summary>
    /// The lines of a reminder about several at once, read together, each as <see cref="ForReminderAsync"/> finds it (with
    /// the cut-off the Office may have granted since); a line whose task is gone is left out.
    /// </summary>
    public async Task<IReadOnlyList<ReportLine>> ForRemindersAsync(IReadOnlyList<ReminderLine> wanted, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        var taskIds = wanted.Select(l => l.TaskId).Distinct().ToList();
        var tasks = await Tasks().Where(t => taskIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
        var moved = await granted.AllAsync(ct);
        var known = wanted
            .Where(l => tasks.ContainsKey(l.TaskId))
            .Select(l => l with { CutOff = moved.GetValueOrDefault((l.TaskId, l.UnitId, l.PeriodKey))?.CutOff ?? l.CutOff })
            .ToList();
        var unitIds = known.Where(l => LineFor(tasks[l.TaskId], l.UnitId, l.PeriodKey, l.CutOff) is null).Select(l => l.UnitId).Distinct().ToList();
        var units = unitIds.Count == 0 ? [] : await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        return known
            .Select(l => LineFor(tasks[l.TaskId], l.UnitId, l.PeriodKey, l.CutOff)
                ?? (units.TryGetValue(l.UnitId, out var unit) ? new ReportLine(tasks[l.TaskId], unit, l.PeriodKey, l.CutOff, IsContribution: false) : null))
            .OfType<ReportLine>()
            .ToList();
    }

    public static ReportLine? LineFor(PlanTask task, int unitId, string periodKey, DateOnly cutOff)
    {
        ArgumentNullException.ThrowIfNull(task);
        if (LeadUnits(task).SingleOrDefault(u => u.Id == unitId) is { } lead)
        {
            return new ReportLine(task, lead, periodKey, cutOff, IsContribution: false);
        }

        return CoordinatingUnits(task).SingleOrDefault(u => u.Id == unitId) is { } coordinating
            ? new ReportLine(task, coordinating, periodKey, cutOff, IsContribution: true)
            : null;
    }

    public static IReadOnlyList<Unit> LeadUnits(PlanTask task) => Expand(task, TaskUnitRole.Lead);

    /// <summary>Internal units that support the task without also leading it.</summary>
    public static IReadOnlyList<Unit> CoordinatingUnits(PlanTask task)
    {
        var lead = LeadUnits(task).Select(u => u.Id).ToHashSet();
        return Expand(task, TaskUnitRole.Coordinating).Where(u => !lead.Contains(u.Id)).ToList();
    }

    private static List<Unit> Expand(PlanTask task, TaskUnitRole role) =>
        task.Units.Where(l => l.Role == role)
            .OrderBy(l => l.Order)
            .Select(l => l.Unit!)
            .SelectMany(u => u.Kind == UnitKind.Group
                ? u.Members.Where(m => m.Internal && m.Kind == UnitKind.Unit).OrderBy(m => m.Id)
                : u.Internal ? [u] : Enumerable.Empty<Unit>())
            .DistinctBy(u => u.Id)
            .ToList();

    private IQueryable<PlanTask> Tasks() =>
        db.Tasks.AsNoTracking()
            .Include(t => t.Plan)
            .Include(t => t.Index)
            .Include(t => t.Units).ThenInclude(u => u.Unit).ThenInclude(u => u!.Members)
            .AsSplitQuery();

    private Task<int> CurrentPlanIdAsync(CancellationToken ct) =>
        db.Plans.OrderByDescending(p => p.Year).ThenByDescending(p => p.IssuedOn).Select(p => p.Id).FirstOrDefaultAsync(ct);
}
