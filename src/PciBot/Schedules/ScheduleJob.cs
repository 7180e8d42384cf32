using PciBot.Telemetry;
using Quartz;

namespace PciBot.Schedules;

/// <summary>
/// Fires a schedule: queues what it owes up to now (including anything missed while the bot was down),
/// then moves its trigger to the next occurrence.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class ScheduleJob(IScheduleHandler handler, ScheduleSynchronizer synchronizer, PciBotMetrics metrics, TimeProvider time, ILogger<ScheduleJob> logger) : IJob
{
    public const string Group = "schedules";

    public static JobKey KeyFor(string schedule) => new(schedule, Group);

    public static TriggerKey TriggerFor(string schedule) => new(schedule, Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct = default)
    {
        var schedule = context.JobDetail.Key.Name;
        var now = time.GetUtcNow();
        using var span = PciBotTracing.Source.StartActivity("pcibot.schedule.fire");
        span?.SetTag("pcibot.schedule", schedule);
        metrics.ScheduleFired(schedule);
        SchedulesLog.Fired(logger, schedule, context.ScheduledFireTimeUtc ?? now, context.Scheduler.SchedulerInstanceId);
        await handler.QueueDueAsync(schedule, now, ct);
        await synchronizer.SyncAsync(schedule, context.Scheduler, ct);
    }
}
