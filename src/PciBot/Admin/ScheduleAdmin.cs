using Microsoft.EntityFrameworkCore;
using PciBot.Audit;
using PciBot.Data;
using PciBot.Localization;
using PciBot.People;
using PciBot.Registry;
using PciBot.Reminders;
using PciBot.Schedules;
using Quartz;

namespace PciBot.Admin;

/// <summary>
/// Admin changes to the reminder schedules. Each change is saved with its audit row, then the schedule's Quartz
/// trigger is moved to its new next occurrence at once; the trigger lives in the database, so it survives a restart.
/// </summary>
internal sealed class ScheduleAdmin(PciBotDbContext db, ReminderPlanner planner, ScheduleOccurrences occurrences, ScheduleSynchronizer synchronizer, ISchedulerFactory schedulers, AuditLog audit, TimeProvider time)
{
    public const int NextCount = 3;

    public async Task<IReadOnlyList<ScheduleView>> ListAsync(CancellationToken ct)
    {
        var schedules = await db.Schedules.AsNoTracking().OrderBy(s => s.Id).ToListAsync(ct);
        var views = new List<ScheduleView>();
        foreach (var schedule in schedules)
        {
            views.Add(await ViewOfAsync(schedule, ct));
        }

        return views;
    }

    public async Task<ScheduleView?> ViewAsync(string key, CancellationToken ct) =>
        await db.Schedules.AsNoTracking().SingleOrDefaultAsync(s => s.Key == key, ct) is { } schedule ? await ViewOfAsync(schedule, ct) : null;

    /// <summary>Saves valid entries and returns the new view; with errors, saves nothing and returns null.</summary>
    public async Task<ScheduleView?> SaveAsync(string key, ScheduleInput input, Person actor, BotTexts texts, Dictionary<string, string> errors, CancellationToken ct)
    {
        var schedule = await db.Schedules.SingleAsync(s => s.Key == key, ct);
        var before = ScheduleValidator.Snapshot(schedule);
        var units = await db.Units.AsNoTracking().Where(u => u.Internal).Select(u => u.Code).ToListAsync(ct);
        if (!ScheduleValidator.TryApply(schedule, input, units.ToHashSet(StringComparer.Ordinal), texts, errors))
        {
            db.ChangeTracker.Clear();
            return null;
        }

        await CommitAsync(schedule, "schedule.edit", before, actor, ct);
        return await ViewAsync(key, ct);
    }

    public async Task<ScheduleView> SetPausedAsync(string key, bool paused, Person actor, CancellationToken ct)
    {
        var schedule = await db.Schedules.SingleAsync(s => s.Key == key, ct);
        var before = ScheduleValidator.Snapshot(schedule);
        schedule.IsPaused = paused;
        await CommitAsync(schedule, paused ? "schedule.pause" : "schedule.resume", before, actor, ct);
        return (await ViewAsync(key, ct))!;
    }

    /// <summary>Sends the next occurrence now through the outbox, under the keys it will have when due, so it goes out once.</summary>
    public async Task<(int Queued, Occurrence? Occurrence)> RunNowAsync(string key, Person actor, CancellationToken ct)
    {
        var result = await planner.QueueNextNowAsync(key, time.GetUtcNow(), ct);
        audit.Record(actor, "schedule.run-now", key, null, result.Occurrence is { } o ? $"{o.PeriodKey}: {result.Queued}" : "nothing");
        await db.SaveChangesAsync(ct);
        return result;
    }

    /// <summary>Moves every trigger to its schedule's next occurrence, after holidays or the plan changed.</summary>
    public async Task ResyncAllAsync(CancellationToken ct) =>
        await synchronizer.SyncAllAsync(await schedulers.GetScheduler(ct), ct);

    /// <summary>
    /// Saves the change with its audit row. What the schedule owed before now stays carried out under the old rule, so a
    /// new rule starts from now and never sends what fell between the last fire and the change.
    /// </summary>
    private async Task CommitAsync(ScheduleDefinition schedule, string action, string before, Person actor, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (schedule.FiredThrough is null || schedule.FiredThrough < now)
        {
            schedule.FiredThrough = now;
        }

        schedule.UpdatedAt = now;
        audit.Record(actor, action, schedule.Key, before, ScheduleValidator.Snapshot(schedule));
        await db.SaveChangesAsync(ct);
        await synchronizer.SyncAsync(schedule.Key, await schedulers.GetScheduler(ct), ct);
    }

    private async Task<ScheduleView> ViewOfAsync(ScheduleDefinition schedule, CancellationToken ct)
    {
        var next = schedule.IsPaused ? [] : await occurrences.NextAsync(schedule, schedule.FiredThrough ?? time.GetUtcNow(), NextCount, ct);
        return new ScheduleView(schedule, next.Select(o => o.FireAt).Distinct().Take(NextCount).ToList());
    }
}
