using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PciBot.Data;
using PciBot.Reminders;

namespace PciBot.Outbox;

/// <summary>
/// Sends the outbox. It claims due rows in batches with a lease (an UPDATE that only matches rows nobody else holds,
/// so two dispatchers never take the same row; on PostgreSQL with <c>FOR UPDATE SKIP LOCKED</c>), reads once per batch who they go to and what they show, and hands
/// each recipient's rows to the next free sender, which sends them in order within Teams' rate limits. On stop, sends
/// in flight finish and are recorded before the host exits, and rows not yet started are released at once.
/// </summary>
internal sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    DispatchSignal signal,
    OutboxWriter writer,
    RateLimitClock wallClock,
    IOptions<DispatchOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private const string InterruptedReason = "interrupted while posting; not posted again";

    /// <summary>Every claim this dispatcher makes starts with it, so that all it still holds can be released at stop.</summary>
    private readonly string instance = Guid.NewGuid().ToString("N")[..12];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The next batch is claimed as soon as the senders are about to run out of work, and no sender waits for the
        // others: one slow recipient (a Retry-After, a slow answer) does not hold up the rest, and the pace to Teams
        // does not drop between batches.
        var parallelism = options.Value.Parallelism;
        var work = Channel.CreateBounded<(DispatchBatch Batch, List<OutboxMessage> Rows)>(new BoundedChannelOptions(parallelism) { SingleWriter = true });
        using var hardStop = new CancellationTokenSource();
        await using var grace = stoppingToken.Register(() => hardStop.CancelAfter(options.Value.StopGracePeriod));
        var senders = Enumerable.Range(0, parallelism).Select(_ => Task.Run(() => SendFromAsync(work.Reader, stoppingToken, hardStop.Token), CancellationToken.None)).ToList();
        try
        {
            await ProduceAsync(work.Writer, stoppingToken);
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            work.Writer.TryComplete();
            await Task.WhenAll(senders);

            // Rows claimed but not started will not be sent by this host: another may take them at once.
            await ReleaseAsync(o => o.ClaimedBy!.StartsWith(instance));
        }
    }

    /// <summary>Claims and sends one batch, waiting until all of it is settled; returns how many rows it handled.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var round = await PrepareAsync(ct);
        if (round.Batch is not { } batch)
        {
            return round.Handled;
        }

        using var hardStop = new CancellationTokenSource();
        await using var grace = ct.Register(() => hardStop.CancelAfter(options.Value.StopGracePeriod));
        await Parallel.ForEachAsync(ByRecipient(round.Rows), new ParallelOptions { MaxDegreeOfParallelism = options.Value.Parallelism }, async (rows, _) =>
            await SendGroupAsync(batch, rows, ct, hardStop.Token));
        if (ct.IsCancellationRequested)
        {
            await ReleaseAsync(o => o.ClaimedBy == batch.Claim);
        }

        return round.Handled;
    }

    private async Task ProduceAsync(ChannelWriter<(DispatchBatch Batch, List<OutboxMessage> Rows)> work, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            Round round;
            try
            {
                round = await PrepareAsync(ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                RemindersLog.DispatchRoundFailed(logger, e);
                round = Round.Empty;
            }

            if (round.Batch is { } batch)
            {
                foreach (var rows in ByRecipient(round.Rows))
                {
                    await work.WriteAsync((batch, rows), ct);
                }
            }
            else if (round.Handled == 0)
            {
                await signal.WaitAsync(options.Value.PollInterval, wallClock.Time, ct);
            }
        }
    }

    private async Task SendFromAsync(ChannelReader<(DispatchBatch Batch, List<OutboxMessage> Rows)> work, CancellationToken stopping, CancellationToken abandon)
    {
        await foreach (var (batch, rows) in work.ReadAllAsync(CancellationToken.None))
        {
            if (!stopping.IsCancellationRequested)
            {
                await SendGroupAsync(batch, rows, stopping, abandon);
            }
        }
    }

    private async Task SendGroupAsync(DispatchBatch batch, List<OutboxMessage> rows, CancellationToken stopping, CancellationToken abandon)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendAllAsync(rows, batch, stopping, abandon);
        }
        catch (Exception e)
        {
            // Whatever was not recorded stays claimed and is taken up again once the lease runs out; a post under way
            // is never repeated (see OutboxSender).
            RemindersLog.GroupFailed(logger, rows[0].RecipientKey, e);
        }
    }

    /// <summary>Claims a batch and reads, once for all its rows, who they go to.</summary>
    private async Task<Round> PrepareAsync(CancellationToken ct)
    {
        var (claim, claimed) = await ClaimAsync(ct);
        var rows = claimed.Where(r => r.ConversationId is null).ToList();
        if (rows.Count == 0)
        {
            return new Round(claimed.Count, null, rows);
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var targets = await scope.ServiceProvider.GetRequiredService<RecipientResolver>().KnownTargetsAsync(rows, ct);
            return new Round(claimed.Count, new DispatchBatch(claim, targets), rows);
        }
        catch
        {
            await ReleaseAsync(o => o.ClaimedBy == claim);
            throw;
        }
    }

    private async Task<(string Claim, List<OutboxMessage> Rows)> ClaimAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PciBotDbContext>();

        // Due by the business clock; held (leases, retry waits) by the wall clock, which is what Teams counts in.
        var now = time.GetUtcNow();
        var wallNow = wallClock.Time.GetUtcNow();
        var claim = $"{instance}-{Guid.NewGuid():N}";
        DateTimeOffset? until = wallNow + options.Value.ClaimLease;
        if (db.Database.IsNpgsql())
        {
            if (await ClaimSkippingLockedAsync(claim, now, wallNow, until.Value) == 0)
            {
                return (claim, []);
            }
        }
        else
        {
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

            await writer.WriteAsync(w => w.Outbox
                .Where(o => candidates.Contains(o.Id) && o.Status == OutboxStatus.Pending && (o.ClaimedUntil == null || o.ClaimedUntil < wallNow))
                .ExecuteUpdateAsync(set => set.SetProperty(o => o.ClaimedBy, claim).SetProperty(o => o.ClaimedUntil, until)));
        }

        var rows = await db.Outbox.AsNoTracking()
            .Where(o => o.ClaimedBy == claim && o.Status == OutboxStatus.Pending)
            .OrderBy(o => o.NextAttemptAt).ThenBy(o => o.Id)
            .ToListAsync(CancellationToken.None);

        // A row marked with its conversation was being posted when the dispatcher that held it stopped: it may have
        // arrived, so it is settled as unconfirmed instead of posted again.
        var interruptedRows = rows.Where(r => r.ConversationId is not null).ToList();
        if (interruptedRows.Count > 0)
        {
            var interrupted = interruptedRows.Select(r => r.Id).ToList();
            await writer.WriteAsync(w => w.Outbox
                .Where(o => interrupted.Contains(o.Id) && o.ClaimedBy == claim)
                .ExecuteUpdateAsync(set => set
                    .SetProperty(o => o.Status, OutboxStatus.Unconfirmed)
                    .SetProperty(o => o.LastError, InterruptedReason)
                    .SetProperty(o => o.ClaimedBy, (string?)null)
                    .SetProperty(o => o.ClaimedUntil, (DateTimeOffset?)null)));
            var sender = scope.ServiceProvider.GetRequiredService<OutboxSender>();
            foreach (var row in interruptedRows)
            {
                RemindersLog.Interrupted(logger, row.Id);
                row.LastError = InterruptedReason;
                try
                {
                    await sender.TellOfficeUnconfirmedAsync(row);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The claim must still be returned; the row itself is settled either way.
                    RemindersLog.OfficeNoticeFailed(logger, row.Id, e);
                }
            }
        }

        return (claim, rows);
    }

    /// <summary>
    /// PostgreSQL lets several instances claim at once: each locks the due rows it picks and passes over those another
    /// has locked, so no two claims wait for each other or take the same row. The lease check stays, for rows whose
    /// holder stopped without releasing them.
    /// </summary>
    private Task<int> ClaimSkippingLockedAsync(string claim, DateTimeOffset now, DateTimeOffset wallNow, DateTimeOffset until)
    {
        var pending = nameof(OutboxStatus.Pending);
        var (dueBy, heldUntil, claimedUntil) = (now.ToUniversalTime(), wallNow.ToUniversalTime(), until.ToUniversalTime());
        var batch = options.Value.BatchSize;
        return writer.WriteAsync(w => w.Database.ExecuteSqlAsync($"""
            UPDATE "Outbox" SET "ClaimedBy" = {claim}, "ClaimedUntil" = {claimedUntil}
            WHERE "Id" IN (
                SELECT "Id" FROM "Outbox"
                WHERE "Status" = {pending} AND "NextAttemptAt" <= {dueBy} AND ("ClaimedUntil" IS NULL OR "ClaimedUntil" < {heldUntil})
                ORDER BY "NextAttemptAt", "Id"
                LIMIT {batch}
                FOR UPDATE SKIP LOCKED)
            """));
    }

    private async Task ReleaseAsync(System.Linq.Expressions.Expression<Func<OutboxMessage, bool>> claimed)
    {
        await writer.WriteAsync(w => w.Outbox
            .Where(o => o.Status == OutboxStatus.Pending)
            .Where(claimed)
            .ExecuteUpdateAsync(set => set.SetProperty(o => o.ClaimedBy, (string?)null).SetProperty(o => o.ClaimedUntil, (DateTimeOffset?)null)));
    }

    private static IEnumerable<List<OutboxMessage>> ByRecipient(List<OutboxMessage> rows) =>
        rows.GroupBy(r => r.RecipientKey, StringComparer.Ordinal).Select(g => g.ToList());

    /// <summary>A claimed batch: how many rows were claimed, and those still to send with what was read for them.</summary>
    private sealed record Round(int Handled, DispatchBatch? Batch, List<OutboxMessage> Rows)
    {
        public static Round Empty { get; } = new(0, null, []);
    }
}
