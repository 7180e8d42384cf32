using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PciBot.Data;

namespace PciBot.Reminders;

/// <summary>
/// Sends the outbox. Each round claims a batch of due rows with a lease (an UPDATE that only matches rows nobody
/// else holds, so two dispatchers never take the same row), then sends them within Teams' rate limits: recipients in
/// parallel, each recipient's messages one after another. On stop, sends in flight finish and are recorded before
/// the host exits.
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
            int handled;
            try
            {
                handled = await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                RemindersLog.DispatchRoundFailed(logger, e);
                handled = 0;
            }

            if (handled == 0)
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
        var (claim, rows) = await ClaimAsync(ct);
        if (rows.Count == 0)
        {
            return 0;
        }

        var recipients = rows.Where(r => r.ConversationId is null)
            .GroupBy(r => r.RecipientKey, StringComparer.Ordinal)
            .Select(g => (Recipient: g.Key, Ids: g.Select(r => r.Id).ToList()))
            .ToList();

        // A stop request does not cut a send short at once: a request already on the wire should have its outcome
        // recorded. Only a send still running after the grace period is abandoned.
        using var hardStop = new CancellationTokenSource();
        await using var grace = ct.Register(() => hardStop.CancelAfter(options.Value.StopGracePeriod));
        await Parallel.ForEachAsync(recipients, new ParallelOptions { MaxDegreeOfParallelism = options.Value.Parallelism }, async (recipient, _) =>
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendAllAsync(recipient.Ids, claim, ct, hardStop.Token);
            }
            catch (Exception e)
            {
                // Whatever was not recorded stays claimed and is taken up again once the lease runs out; a post under
                // way is never repeated (see OutboxSender).
                RemindersLog.GroupFailed(logger, recipient.Recipient, e);
            }
        });

        if (ct.IsCancellationRequested)
        {
            await ReleaseAsync(claim);
        }

        return rows.Count;
    }

    private async Task<(string Claim, List<ClaimedRow> Rows)> ClaimAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PciBotDbContext>();

        // Due by the business clock; held (leases, retry waits) by the wall clock, which is what Teams counts in.
        var now = time.GetUtcNow();
        var wallNow = wallClock.Time.GetUtcNow();
        var claim = Guid.NewGuid().ToString("N");
        var until = wallNow + options.Value.ClaimLease;
        var candidates = await db.Outbox
            .Where(o => o.Status == OutboxStatus.Pending && o.NextAttemptAt <= now && (o.ClaimedUntil == null || o.ClaimedUntil < wallNow))
            .OrderBy(o => o.NextAttemptAt).ThenBy(o => o.Id)
            .Select(o => o.Id)
            .Take(options.Value.BatchSize)
            .ToListAsync(ct);
        if (candidates.Count == 0)
        {
            return (claim, []);
        }

        await db.Outbox
            .Where(o => candidates.Contains(o.Id) && o.Status == OutboxStatus.Pending && (o.ClaimedUntil == null || o.ClaimedUntil < wallNow))
            .ExecuteUpdateAsync(set => set.SetProperty(o => o.ClaimedBy, claim).SetProperty(o => o.ClaimedUntil, until), ct);
        var rows = await db.Outbox
            .Where(o => o.ClaimedBy == claim && o.Status == OutboxStatus.Pending)
            .Select(o => new ClaimedRow(o.Id, o.RecipientKey, o.ConversationId))
            .ToListAsync(ct);

        // A row marked with its conversation was being posted when the dispatcher that held it stopped: it may have
        // arrived, so it is settled as unconfirmed instead of posted again.
        var interrupted = rows.Where(r => r.ConversationId is not null).Select(r => r.Id).ToList();
        if (interrupted.Count > 0)
        {
            await db.Outbox
                .Where(o => interrupted.Contains(o.Id) && o.ClaimedBy == claim)
                .ExecuteUpdateAsync(
                    set => set.SetProperty(o => o.Status, OutboxStatus.Unconfirmed)
                        .SetProperty(o => o.LastError, "interrupted while posting; not posted again")
                        .SetProperty(o => o.ClaimedBy, (string?)null)
                        .SetProperty(o => o.ClaimedUntil, (DateTimeOffset?)null),
                    CancellationToken.None);
            foreach (var id in interrupted)
            {
                RemindersLog.Interrupted(logger, id);
            }
        }

        return (claim, rows);
    }

    private async Task ReleaseAsync(string claim)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PciBotDbContext>();
        await db.Outbox.Where(o => o.ClaimedBy == claim && o.Status == OutboxStatus.Pending)
            .ExecuteUpdateAsync(set => set.SetProperty(o => o.ClaimedBy, (string?)null).SetProperty(o => o.ClaimedUntil, (DateTimeOffset?)null));
    }

    private sealed record ClaimedRow(long Id, string RecipientKey, string? ConversationId);
}
