using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using PciBot.Data;

namespace PciBot.Registry;

/// <summary>Healthy when the database answers and holds a plan.</summary>
internal sealed class PlanHealthCheck(PciBotDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var plans = await db.Plans.CountAsync(cancellationToken);
            var tasks = await db.Tasks.CountAsync(t => !t.IsArchived, cancellationToken);
            var data = new Dictionary<string, object> { ["provider"] = db.Database.ProviderName ?? "", ["plans"] = plans, ["tasks"] = tasks };
            return plans > 0
                ? HealthCheckResult.Healthy("database answers", data)
                : HealthCheckResult.Degraded("no plan seeded", data: data);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("database unavailable", e);
        }
    }
}
