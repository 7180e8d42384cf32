using System.Linq.Expressions;
using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace PciBot.Outbox;

/// <summary>
/// Sends the outbox. It claims due rows in batches with a lease (<see cref="OutboxLeases"/>), reads once per batch who
/// they go to, and hands
/// each recipient's rows to the next free sender, which sends them in order within Teams' rate limits. On stop, sends
/// in flight finish and are recorded before the host exits, and rows not yet started are released at once.
/// </summary>
internal sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    DispatchSignal signal,
    RateLimitClock wallClock,
    IOptions<DispatchOptions> options,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
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
                OutboxLog.DispatchRoundFailed(logger, e);
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
            OutboxLog.GroupFailed(logger, rows[0].RecipientKey, e);
        }
    }

    /// <summary>Claims a batch and reads, once for all its rows, who they go to.</summary>
    private async Task<Round> PrepareAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var (claim, claimed) = await scope.ServiceProvider.GetRequiredService<OutboxLeases>().ClaimAsync(instance, ct);
        var rows = claimed.Where(r => r.ConversationId is null).ToList();
        if (rows.Count == 0)
        {
            return new Round(claimed.Count, null, rows);
        }

        try
        {
            var targets = await scope.ServiceProvider.GetRequiredService<RecipientResolver>().KnownTargetsAsync(rows, ct);
            return new Round(claimed.Count, new DispatchBatch(claim, targets), rows);
        }
        catch
        {
            await ReleaseAsync(o => o.ClaimedBy == claim);
            throw;
        }
    }

    private async Task ReleaseAsync(Expression<Func<OutboxMessage, bool>> claimed)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OutboxLeases>().ReleaseAsync(claimed);
    }

    private static IEnumerable<List<OutboxMessage>> ByRecipient(List<OutboxMessage> rows) =>
        rows.GroupBy(r => r.RecipientKey, StringComparer.Ordinal).Select(g => g.ToList());

    /// <summary>A claimed batch: how many rows were claimed, and those still to send with what was read for them.</summary>
    private sealed record Round(int Handled, DispatchBatch? Batch, List<OutboxMessage> Rows)
    {
        public static Round Empty { get; } = new(0, null, []);
    }
}
