using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PciBot.Data;

namespace PciBot.Reminders;

/// <summary>
/// Sends the outbox. Each round claims a batch of due rows with a lease (an UPDATE that only matches rows
/// nobody else holds, so two dispatchers never send the same row), then sends them in parallel within
/// Teams' rate limits. On stop, sends in flight finish and are recorded before the host exits.
/// </summary>
internal sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    DispatchSignal signal,
    RateLimitClock wallClock,
    IOptions<DispatchOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            int sent;
            try
            {
                sent = await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                RemindersLog.DispatchRoundFailed(logger, e);
                sent = 0;
            }

            if (sent == 0)
            {
                try
                {
                    await signal.WaitAsync(options.Value.PollInterval, wallClock.Time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Claims and sends one batch; returns how many rows it handled.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var (claim, ids) = await ClaimAsync(ct);
        if (ids.Count == 0)
        {
            return 0;
        }

        // A stop request does not cut a send short at once: a request already on the wire should have its outcome
        // recorded, or it would be sent again. Only a send still running after the grace period is abandoned.
        using var hardStop = new CancellationTokenSource();
        await using var grace = ct.Register(() => hardStop.CancelAfter(options.Value.StopGracePeriod));
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = options.Value.Parallelism }, async (id, _) =>
        {
            if (ct.IsCancellationRequested)
            {
                return;
            }

            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendAsync(id, claim, hardStop.Token);
        });

        if (ct.IsCancellationRequested)
        {
            await ReleaseAsync(claim);
        }

        return ids.Count;
    }

    private async Task<(string Claim, List<long> Ids)> ClaimAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PciBotDbContext>();
        var now = time.GetUtcNow();
        var claim = Guid.NewGuid().ToString("N");
        var until = now + options.Value.ClaimLease;
        var candidates = await db.Outbox
            .Where(o => o.Status == OutboxStatus.Pending && o.NextAttemptAt <= now && (o.ClaimedUntil == null || o.ClaimedUntil < now))
            .OrderBy(o => o.NextAttemptAt).ThenBy(o => o.Id)
            .Select(o => o.Id)
            .Take(options.Value.BatchSize)
            .ToListAsync(ct);
        if (candidates.Count == 0)
        {
            return (claim, []);
        }

        await db.Outbox
            .Where(o => candidates.Contains(o.Id) && o.Status == OutboxStatus.Pending && (o.ClaimedUntil == null || o.ClaimedUntil < now))
            .ExecuteUpdateAsync(set => set.SetProperty(o => o.ClaimedBy, claim).SetProperty(o => o.ClaimedUntil, until), ct);
        var ids = await db.Outbox.Where(o => o.ClaimedBy == claim).Select(o => o.Id).ToListAsync(ct);
        return (claim, ids);
    }

    private async Task ReleaseAsync(string claim)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PciBotDbContext>();
        await db.Outbox.Where(o => o.ClaimedBy == claim && o.Status == OutboxStatus.Pending)
            .ExecuteUpdateAsync(set => set.SetProperty(o => o.ClaimedBy, (string?)null).SetProperty(o => o.ClaimedUntil, (DateTimeOffset?)null));
    }
}
