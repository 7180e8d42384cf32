using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace PciBot.Schedules;

/// <summary>Healthy while the Quartz scheduler runs; reports how many schedule triggers it holds.</summary>
internal sealed class SchedulerHealthCheck(ISchedulerFactory schedulers) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var status = await scheduler.GetStatus(cancellationToken);
        var triggers = await scheduler.GetTriggerKeys(Quartz.Impl.Matchers.GroupMatcher<TriggerKey>.GroupEquals(ScheduleJob.Group), cancellationToken);
        var data = new Dictionary<string, object> { ["status"] = status.ToString(), ["triggers"] = triggers.Count };
        return status == SchedulerStatus.Running
            ? HealthCheckResult.Healthy("scheduler running", data)
            : HealthCheckResult.Unhealthy($"scheduler {status}", data: data);
    }
}
