using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PciBot.Data;
using PciBot.Telemetry;

namespace PciBot.Outbox;

/// <summary>
/// Claims due rows for a dispatcher under a lease (an UPDATE that only matches rows nobody else holds, so two
/// dispatchers never take the same row; on PostgreSQL with <c>FOR UPDATE SKIP LOCKED</c>), and gives them back.
/// </summary>
internal sealed class OutboxLeases(
    PciBotDbContext db,
    BatchWriter writer,
    OutboxSettlement settlement,
    PciBotMetrics metrics,
    RateLimitClock wallClock,
    IOptions<DispatchOptions> options,
    TimeProvider time)
{
    /// <summary>Claims a batch under a claim starting with <paramref name="instance"/>; returns the claim and the rows it holds.</summary>
    public async Task<(string Claim, List<OutboxMessage> Rows)> ClaimAsync(string instance, CancellationToken ct)
    {
        // Due by the business clock; held (leases, retry waits) by the wall clock, which is what Teams counts in.
        var now = time.GetUtcNow();
        var wallNow = wallClock.Time.GetUtcNow();
        var claim = $"{instance}-{Guid.NewGuid():N}";
        DateTimeOffset? until = wallNow + options.Value.ClaimLease;
        if (db.Database.IsNpgsql())
        {
            if (await ClaimSkippingLockedAsync(claim, now, wallNow, until.Value) == 0)
            {
                metrics.OutboxLag(TimeSpan.Zero);
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
                metrics.OutboxLag(TimeSpan.Zero);
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
        metrics.OutboxLag(rows.Count > 0 ? now - rows[0].NextAttemptAt : TimeSpan.Zero);

        // A row marked with its conversation was being posted when the dispatcher that held it stopped: it may have
        // arrived, so it is settled as unconfirmed instead of posted again.
        var interrupted = rows.Where(r => r.ConversationId is not null).ToList();
        if (interrupted.Count > 0)
        {
            await settlement.SettleInterruptedAsync(interrupted, claim);
        }

        return (claim, rows);
    }

    /// <summary>Gives back the pending rows <paramref name="claimed"/> matches, for any dispatcher to take at once.</summary>
    public async Task ReleaseAsync(Expression<Func<OutboxMessage, bool>> claimed)
    {
        await writer.WriteAsync(w => w.Outbox
            .Where(o => o.Status == OutboxStatus.Pending)
            .Where(claimed)
            .ExecuteUpdateAsync(set => set.SetProperty(o => o.ClaimedBy, (string?)null).SetProperty(o => o.ClaimedUntil, (DateTimeOffset?)null)));
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
}
