using Microsoft.EntityFrameworkCore;
using PciBot.Data;
using PciBot.People;
using PciBot.Registry;
using PciBot.Rollups;
using PciBot.Updates;

namespace PciBot.Dashboard;

/// <summary>
/// <c>GET /tab/tasks/{taskId}?quarter=2023-Q4</c>: the task's lines from the quarter's rollup (the status model's) and
/// every update of those lines. A head sees their units' lines only, and no task their units do not lead.
/// </summary>
internal static class TaskEndpoint
{
    public static async Task<IResult> GetAsync(int taskId, string? quarter, HttpContext context, RollupBuilder rollups, PciBotDbContext db, TimeProvider time, CancellationToken ct)
    {
        var viewer = TabViewer.Of(context);
        var period = TabQuarters.Chosen(quarter, time);
        var rollup = await rollups.BuildAsync(period, ct);
        var task = rollup?.Tasks.FirstOrDefault(t => t.TaskId == taskId);
        var lines = task?.Lines.Where(l => viewer.Sees(l.UnitId)).ToList() ?? [];
        if (task is null || (!viewer.SeesEverything && lines.Count == 0))
        {
            var frame = TabFrame.For(viewer, viewer.Texts.Dashboard.NotFound, "");
            return TabPages.Page<RefusalPage>(new RefusalModel(frame, task is null ? viewer.Texts.Dashboard.NotFound : viewer.Texts.Dashboard.NotYourPage), task is null ? StatusCodes.Status404NotFound : StatusCodes.Status403Forbidden);
        }

        var keys = task.Lines.Select(l => l.PeriodKey).Distinct().ToList();
        var updates = await db.ProgressUpdates.AsNoTracking()
            .Where(u => u.TaskId == taskId && keys.Contains(u.PeriodKey))
            .ToListAsync(ct);
        updates = updates.Where(u => viewer.Sees(u.UnitId)).OrderByDescending(u => u.SubmittedAt).ThenByDescending(u => u.Sequence).ToList();
        var authorIds = updates.Select(u => u.PersonId).Distinct().ToList();
        var authors = await db.People.AsNoTracking().Where(p => authorIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var unitIds = updates.Select(u => u.UnitId).Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var history = updates.Select(u => new TaskUpdate(u.UnitId, units.GetValueOrDefault(u.UnitId, "?"), u.PeriodKey, u, authors.GetValueOrDefault(u.PersonId, "?"))).ToList();
        return TabPages.Page<TaskPage>(new TaskModel(TabFrame.For(viewer, task.Key.ToString(), ""), period, TabQuarters.Offered(period, time), task, lines, history));
    }
}
