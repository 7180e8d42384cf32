using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace PciBot.Schedules;

/// <summary>Healthy while the Quartz scheduler runs.</summary>
internal sealed class SchedulerHealthCheck(ISchedulerFactory schedulers) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var status = await scheduler.GetStatus(cancellationToken);
        var data = new Dictionary<string, object> { ["status"] = status.ToString(), ["instance"] = scheduler.SchedulerInstanceId };
        return status == SchedulerStatus.Running
            ? HealthCheckResult.Healthy("scheduler running", data)
            : HealthCheckResult.Unhealthy($"scheduler {status}", data: data);
    }
}
