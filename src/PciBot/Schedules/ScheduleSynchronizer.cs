using Microsoft.EntityFrameworkCore;
using PciBot.Data;
using Quartz;

namespace PciBot.Schedules;

/// <summary>
/// Keeps Quartz in step with the schedules table: one durable job per schedule and one trigger at its next
/// occurrence after what has been carried out. A trigger left in the past by downtime fires at once on start.
/// </summary>
internal sealed class ScheduleSynchronizer(PciBotDbContext db, ScheduleOccurrences occurrences, TimeProvider time, ILogger<ScheduleSynchronizer> logger)
{
    public async Task SyncAllAsync(IScheduler scheduler, CancellationToken ct)
    {
        var keys = await db.Schedules.AsNoTracking().OrderBy(s => s.Key).Select(s => s.Key).ToListAsync(ct);
        foreach (var key in keys)
        {
            await SyncAsync(key, scheduler, ct);
        }
    }

    public async Task<DateTimeOffset?> SyncAsync(string key, IScheduler scheduler, CancellationToken ct)
    {
        var schedule = await db.Schedules.AsNoTracking().SingleAsync(s => s.Key == key, ct);
        var job = JobBuilder.Create<ScheduleJob>()
            .WithIdentity(ScheduleJob.KeyFor(key))
            .WithDescription($"{schedule.Kind} reminders")
            .StoreDurably()
            .Build();
        var triggerKey = ScheduleJob.TriggerFor(key);
        var next = schedule.IsPaused ? null : await NextFireAsync(schedule, ct);
        if (next is null)
        {
            await scheduler.AddJob(job, new AddJobOptions { Replace = true }, ct);
            await scheduler.UnscheduleJob(triggerKey, ct);
            SchedulesLog.NoNextFire(logger, key);
            return null;
        }

        var trigger = TriggerBuilder.Create()
            .WithIdentity(triggerKey)
            .ForJob(job.Key)
            .StartAt(next.Value)
            .WithSchedule(SimpleScheduleBuilder.Create().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        var existing = await scheduler.GetTrigger(triggerKey, ct);
        if (existing?.StartTimeUtc == next.Value && existing.NextFireTimeUtc == next.Value)
        {
            return next;
        }

        await scheduler.ScheduleJob(job, trigger, new ScheduleJobOptions { Replace = true }, ct);
        SchedulesLog.Scheduled(logger, key, next.Value);
        return next;
    }

    /// <summary>The first occurrence after what was carried out; in the past after downtime, so it fires at once.</summary>
    private async Task<DateTimeOffset?> NextFireAsync(ScheduleDefinition schedule, CancellationToken ct)
    {
        var from = schedule.FiredThrough ?? time.GetUtcNow();
        var next = await occurrences.NextAsync(schedule, from, 1, ct);
        return next.Count == 0 ? null : next[0].FireAt;
    }
}
