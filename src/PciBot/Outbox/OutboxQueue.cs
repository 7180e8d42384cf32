using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PciBot.Data;
using PciBot.Telemetry;

namespace PciBot.Outbox;

/// <summary>
/// The one way features put rows in the outbox. A row is unique per (schedule, period, recipient, subject), so deciding
/// twice queues once: rows already there are left out, and a row another request saved at the same moment makes the
/// unique index refuse this save, which is then given up as the other's.
/// </summary>
internal sealed class OutboxQueue(
    PciBotDbContext db,
    IServiceScopeFactory scopes,
    DispatchSignal signal,
    PciBotMetrics metrics,
    IOptions<DispatchOptions> options,
    TimeProvider time)
{
    /// <summary>
    /// Adds those of <paramref name="rows"/> not queued yet and saves the last of them in one transaction with whatever
    /// else the caller changed in the context (a schedule's progress, rows a snooze replaces). A fan-out larger than
    /// <c>Dispatch:QueueChunk</c> saves its first rows ahead, a chunk to a transaction of its own, so that other writes
    /// (card submits, stored messages) get the database between chunks, and sending starts with the first chunk; were
    /// the process to stop between chunks, the caller's changes are not saved and its next run adds only the rows still
    /// missing. Returns how many were added, or null when another request queued the last rows first: the context is
    /// cleared then, the caller's changes with it, since they were decided together with rows that are not this
    /// request's to add.
    /// </summary>
    public async Task<int?> QueueAsync(IEnumerable<OutboxMessage> rows, CancellationToken ct)
    {
        var missing = await MissingAsync(db, rows.DistinctBy(Key).ToList(), ct);
        var chunk = options.Value.QueueChunk;
        var ahead = 0;
        while (missing.Count > chunk)
        {
            ahead += await SaveAheadAsync(missing[..chunk], ct);
            missing = missing[chunk..];
        }

        foreach (var row in missing)
        {
            Prepare(row);
            db.Outbox.Add(row);
        }

        var kinds = db.ChangeTracker.Entries<OutboxMessage>().Where(e => e.State == EntityState.Added).Select(e => e.Entity.Kind.Name).ToList();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return null;
        }

        Queued(kinds);
        return ahead + missing.Count;
    }

    /// <summary>
    /// Saves <paramref name="rows"/> in a context of their own. When the unique index refuses them, rows another request
    /// saved meanwhile are left out and the rest saved; a refusal that no such row explains is not this method's to hide.
    /// </summary>
    private async Task<int> SaveAheadAsync(List<OutboxMessage> rows, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var own = scope.ServiceProvider.GetRequiredService<PciBotDbContext>();
        while (rows.Count > 0)
        {
            foreach (var row in rows)
            {
                Prepare(row);
                own.Outbox.Add(row);
            }

            try
            {
                await own.SaveChangesAsync(ct);
                Queued(rows.Select(r => r.Kind.Name).ToList());
                return rows.Count;
            }
            catch (DbUpdateException)
            {
                own.ChangeTracker.Clear();
                var still = await MissingAsync(own, rows, ct);
                if (still.Count == rows.Count)
                {
                    throw;
                }

                rows = still;
            }
        }

        return 0;
    }

    private void Prepare(OutboxMessage row)
    {
        var now = time.GetUtcNow();
        row.Status = OutboxStatus.Pending;
        row.CreatedAt = now;
        row.TraceParent ??= PciBotTracing.Current;

        // A row due later (a snooze) says so; any other is due at once.
        row.NextAttemptAt = row.NextAttemptAt == default ? now : row.NextAttemptAt;
    }

    private void Queued(List<string> kinds)
    {
        foreach (var kind in kinds.GroupBy(k => k, StringComparer.Ordinal))
        {
            metrics.OutboxRows(kind.Key, "queued", kind.Count());
        }

        if (kinds.Count > 0)
        {
            signal.Notify();
        }
    }

    private static async Task<List<OutboxMessage>> MissingAsync(PciBotDbContext context, List<OutboxMessage> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return rows;
        }

        var scheduleKeys = rows.Select(r => r.ScheduleKey).Distinct().ToList();
        var periodKeys = rows.Select(r => r.PeriodKey).Distinct().ToList();
        var existing = (await context.Outbox.AsNoTracking()
                .Where(o => scheduleKeys.Contains(o.ScheduleKey) && periodKeys.Contains(o.PeriodKey))
                .Select(o => new { o.ScheduleKey, o.PeriodKey, o.RecipientKey, o.Subject })
                .ToListAsync(ct))
            .Select(o => (o.ScheduleKey, o.PeriodKey, o.RecipientKey, o.Subject))
            .ToHashSet();
        return rows.Where(r => !existing.Contains(Key(r))).ToList();
    }

    private static (string, string, string, string) Key(OutboxMessage row) => (row.ScheduleKey, row.PeriodKey, row.RecipientKey, row.Subject);
}
