using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PciBot.BotFramework.Schema;
using PciBot.Data;
using PciBot.Telemetry;

namespace PciBot.Outbox;

/// <summary>
/// Decides and records what became of a send: sent (with the Teams activity id), retry later, unreachable, failed for
/// good, or unconfirmed when a post went out and its answer never came. The decisions change the claimed copy of the
/// row; <see cref="RecordAsync"/> writes it back.
/// </summary>
internal sealed class OutboxOutcomes(
    BatchWriter writer,
    PciBotMetrics metrics,
    RateLimitClock wallClock,
    IOptions<DispatchOptions> options,
    TimeProvider time,
    ILogger<OutboxOutcomes> logger)
{
    private const string AbandonedReason = "abandoned at shutdown";

    public void Sent(OutboxMessage message, ResourceResponse response)
    {
        message.Status = OutboxStatus.Sent;
        message.SentAt = time.GetUtcNow();
        message.ActivityId = response.Id;
        message.LastError = null;
        OutboxLog.Sent(logger, message.Id, message.Kind, message.Attempts);
    }

    public void Retry(OutboxMessage message, string error, TimeSpan? retryAfter)
    {
        message.LastError = Truncate(error);
        message.ConversationId = null;
        if (message.Attempts >= options.Value.MaxAttempts)
        {
            Fail(message, error);
            return;
        }

        // The wait is kept on the wall clock (the row is held until then), not in NextAttemptAt, which says when the
        // message became due by the business clock: Teams' Retry-After is real seconds whatever that clock says.
        var backoff = options.Value.RetryBaseDelay * Math.Pow(2, Math.Min(message.Attempts - 1, 10));
        var wait = retryAfter is { } after && after > backoff ? after : backoff;
        message.ClaimedUntil = wallClock.Time.GetUtcNow() + wait;
        OutboxLog.WillRetry(logger, message.Id, message.Attempts, wait, error);
    }

    public void Fail(OutboxMessage message, string error)
    {
        message.Status = OutboxStatus.Failed;
        message.LastError = Truncate(error);
        OutboxLog.Failed(logger, message.Id, message.Attempts, error);
    }

    public void Unconfirmed(OutboxMessage message, Exception error, bool stopping)
    {
        var reason = error is OperationCanceledException && stopping ? AbandonedReason : error.Message;
        message.Status = OutboxStatus.Unconfirmed;
        message.LastError = Truncate($"no answer to the post: {reason}");
        OutboxLog.Unconfirmed(logger, message.Id, message.Kind, reason);
    }

    public void Unreachable(OutboxMessage message, string reason)
    {
        message.Status = OutboxStatus.Unreachable;
        message.LastError = Truncate(reason);
        OutboxLog.Unreachable(logger, message.Id, reason);
    }

    /// <summary>Abandoned at shutdown before anything was posted: it is sent after the next start, as if not tried.</summary>
    public static void Abandoned(OutboxMessage message)
    {
        message.Attempts--;
        message.ConversationId = null;
        message.ClaimedUntil = null;
        message.LastError = AbandonedReason;
    }

    /// <summary>
    /// Releases the claim and writes the outcome. A card that went out is recorded whatever happened to the claim; any
    /// other outcome only while the row is still this dispatcher's, so it never overwrites what another one did with it.
    /// Returns whether it was written.
    /// </summary>
    public async Task<bool> RecordAsync(OutboxMessage message, string claim)
    {
        message.ClaimedBy = null;
        if (message.Status != OutboxStatus.Pending)
        {
            message.ClaimedUntil = null;
        }

        var (id, status, attempts, sentAt, activityId, error, conversationId, until) =
            (message.Id, message.Status, message.Attempts, message.SentAt, message.ActivityId, message.LastError, message.ConversationId, message.ClaimedUntil);

        // Plain captured values only: EF compiles a delegate for every other expression it has to evaluate, on every call.
        var sent = status == OutboxStatus.Sent;
        string? released = null;
        var written = await writer.WriteAsync(w => w.Outbox
            .Where(o => o.Id == id && (sent || o.ClaimedBy == claim))
            .ExecuteUpdateAsync(set => set
                .SetProperty(o => o.Status, status)
                .SetProperty(o => o.Attempts, attempts)
                .SetProperty(o => o.SentAt, sentAt)
                .SetProperty(o => o.ActivityId, activityId)
                .SetProperty(o => o.LastError, error)
                .SetProperty(o => o.ConversationId, conversationId)
                .SetProperty(o => o.ClaimedBy, released)
                .SetProperty(o => o.ClaimedUntil, until)));
        if (written == 1)
        {
            metrics.OutboxRows(message.Kind.Name, status == OutboxStatus.Pending ? "retried" : status.ToString().ToLowerInvariant());
        }

        return written == 1;
    }

    /// <summary>Hands rows back unsent, held until <paramref name="until"/> (their conversation is throttled till then).</summary>
    public async Task DeferAsync(List<long> ids, string claim, DateTimeOffset until)
    {
        string? released = null;
        DateTimeOffset? heldUntil = until;
        await writer.WriteAsync(w => w.Outbox
            .Where(o => ids.Contains(o.Id) && o.ClaimedBy == claim && o.Status == OutboxStatus.Pending)
            .ExecuteUpdateAsync(set => set.SetProperty(o => o.ClaimedBy, released).SetProperty(o => o.ClaimedUntil, heldUntil)));
    }

    private static string Truncate(string text) => text.Length <= 1000 ? text : text[..1000];
}
