using Microsoft.EntityFrameworkCore;
using PciBot.Data;
using PciBot.Telemetry;

namespace PciBot.Outbox;

/// <summary>
/// The one way features put rows in the outbox. A row is unique per (schedule, period, recipient, subject), so deciding
/// twice queues once: rows already there are left out, and a row another request saved at the same moment makes the
/// unique index refuse this save, which is then given up as the other's.
/// </summary>
internal sealed class OutboxQueue(PciBotDbContext db, DispatchSignal signal, PciBotMetrics metrics, TimeProvider time)
{
    /// <summary>
    /// Adds those of <paramref name="rows"/> not queued yet and saves them in one transaction with whatever else the
    /// caller changed in the context (a schedule's progress, rows a snooze replaces). Returns how many were added, or
    /// null when another request queued the same rows first: the context is cleared then, the caller's changes with it,
    /// since they were decided together with rows that are not this request's to add.
    /// </summary>
    public async Task<int?> QueueAsync(IEnumerable<OutboxMessage> rows, CancellationToken ct)
    {
        var added = await AddMissingAsync(rows, ct);
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

        foreach (var kind in kinds.GroupBy(k => k, StringComparer.Ordinal))
        {
            metrics.OutboxRows(kind.Key, "queued", kind.Count());
        }

        if (added > 0)
        {
            signal.Notify();
        }

        return added;
    }

    private async Task<int> AddMissingAsync(IEnumerable<OutboxMessage> rows, CancellationToken ct)
    {
        var distinct = rows.DistinctBy(Key).ToList();
        if (distinct.Count == 0)
        {
            return 0;
        }

        var scheduleKeys = distinct.Select(r => r.ScheduleKey).Distinct().ToList();
        var periodKeys = distinct.Select(r => r.PeriodKey).Distinct().ToList();
        var existing = (await db.Outbox.AsNoTracking()
                .Where(o => scheduleKeys.Contains(o.ScheduleKey) && periodKeys.Contains(o.PeriodKey))
                .Select(o => new { o.ScheduleKey, o.PeriodKey, o.RecipientKey, o.Subject })
                .ToListAsync(ct))
            .Select(o => (o.ScheduleKey, o.PeriodKey, o.RecipientKey, o.Subject))
            .ToHashSet();
        var now = time.GetUtcNow();
        var added = 0;
        foreach (var row in distinct.Where(r => !existing.Contains(Key(r))))
        {
            row.Status = OutboxStatus.Pending;
            row.CreatedAt = now;
            row.TraceParent ??= PciBotTracing.Current;

            // A row due later (a snooze) says so; any other is due at once.
            row.NextAttemptAt = row.NextAttemptAt == default ? now : row.NextAttemptAt;
            db.Outbox.Add(row);
            added++;
        }

        return added;
    }

    private static (string, string, string, string) Key(OutboxMessage row) => (row.ScheduleKey, row.PeriodKey, row.RecipientKey, row.Subject);
}
