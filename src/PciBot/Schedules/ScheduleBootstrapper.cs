using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PciBot.Data;
using Quartz;

namespace PciBot.Schedules;

/// <summary>At start, after the database is ready and before Quartz fires: default schedules exist and Quartz triggers match them.</summary>
internal sealed class ScheduleBootstrapper(IServiceScopeFactory scopes, ISchedulerFactory schedulers, IOptions<ScheduleOptions> options, TimeProvider time, ILogger<ScheduleBootstrapper> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PciBotDbContext>();
        var existing = await db.Schedules.Select(s => s.Key).ToListAsync(cancellationToken);
        var missing = DefaultSchedules.From(options.Value, time.GetUtcNow()).Where(s => !existing.Contains(s.Key)).ToList();
        if (missing.Count > 0)
        {
            db.Schedules.AddRange(missing);
            await db.SaveChangesAsync(cancellationToken);
            SchedulesLog.DefaultsCreated(logger, missing.Count);
        }

        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<ScheduleSynchronizer>().SyncAllAsync(scheduler, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
