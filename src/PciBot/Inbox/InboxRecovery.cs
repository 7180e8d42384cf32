using Microsoft.Extensions.Options;
using PciBot.Messaging;

namespace PciBot.Inbox;

/// <summary>
/// Answers the messages a stopped instance accepted and did not answer: at start, before this instance listens, those
/// its own previous run held; then, every <see cref="InboxOptions.SweepEvery"/>, those whose holder's hold expired.
/// </summary>
internal sealed class InboxRecovery(InboxStore store, IncomingQueue queue, IOptions<InboxOptions> options, [FromKeyedServices(PciBot.BotFramework.Connector.ConnectorOptions.ClockKey)] TimeProvider clock, ILogger<InboxRecovery> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await TakeOverAsync(atStart: true, cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepEvery, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    while (await TakeOverAsync(atStart: false, stoppingToken) > 0)
                    {
                    }

                    await store.ForgetAnsweredAsync();
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    InboxLog.SweepFailed(logger, e);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task<int> TakeOverAsync(bool atStart, CancellationToken ct)
    {
        var works = await store.TakeOverAsync(atStart, ct);
        if (works.Count > 0)
        {
            InboxLog.TookOver(logger, works.Count, atStart);
        }

        foreach (var work in works)
        {
            await queue.EnqueueAsync(work, ct);
        }

        return works.Count;
    }
}
