using Microsoft.Extensions.Options;
using PciBot.Clock;

namespace PciBot.Demo;

/// <summary>Says at start that this is the guided demo, and what that changes.</summary>
internal sealed class DemoTourAnnouncer(IHostEnvironment environment, IOptions<ClockOptions> clock, TimeProvider time, ILogger<DemoTourAnnouncer> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        DemoLog.Tour(logger, Path.Combine(environment.ContentRootPath, DemoTour.DatabasePath), time.GetUtcNow().ToOffset(TimeSpan.FromHours(7)), clock.Value.Speed, DemoTour.PlaygroundServiceUrl);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
