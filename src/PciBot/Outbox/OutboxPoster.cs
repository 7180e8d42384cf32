using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PciBot.BotFramework.Connector;
using PciBot.BotFramework.Schema;
using PciBot.Data;

namespace PciBot.Outbox;

/// <summary>
/// Posts one claimed message: finds where it goes, renders it, waits for the conversation's turn, marks the row as
/// being posted and posts it. Every failure is left to the caller, which knows from <see cref="PostAttempt"/> how far
/// it got.
/// </summary>
internal sealed class OutboxPoster(
    PciBotDbContext db,
    RecipientResolver recipients,
    OutboxRenderers renderers,
    IConnectorClient connector,
    SendRateLimiter limiter,
    BatchWriter writer,
    RateLimitClock wallClock,
    IOptions<DispatchOptions> options)
{
    /// <summary>Teams' answer, or null when the row is no longer this dispatcher's to post.</summary>
    public async Task<ResourceResponse?> PostAsync(OutboxMessage message, DispatchBatch batch, PostAttempt attempt, CancellationToken ct)
    {
        if (!batch.Targets.TryGetValue(message.RecipientKey, out var target))
        {
            // Not known when the batch was read: opening a chat is a call to Teams too, so make sure first that the
            // row was not settled meanwhile (another of the recipient's rows found them unreachable).
            if (!await db.Outbox.AnyAsync(o => o.Id == message.Id && o.ClaimedBy == batch.Claim && o.Status == OutboxStatus.Pending, ct))
            {
                return null;
            }

            target = await recipients.ResolveAsync(message, ct);
        }

        attempt.Target = target;
        var activity = await renderers.RenderAsync(message, target.Locale, batch.Round, ct);
        using (await limiter.TakeTurnAsync(target.ConversationId, ct))
        {
            if (!await MarkPostingAsync(message, batch.Claim, target))
            {
                // The row is no longer this dispatcher's (its lease ran out, or it was settled meanwhile).
                return null;
            }

            attempt.Posting = true;
            try
            {
                return await connector.SendToConversationAsync(target.ServiceUrl, target.ConversationId, activity, ct);
            }
            catch (ConnectorException e) when (e.IsTransient && e.RetryAfter is { } wait)
            {
                // Held before the turn is given up: another row for this conversation may be waiting for it.
                limiter.Hold(target.ConversationId, wallClock.Time.GetUtcNow() + wait);
                throw;
            }
        }
    }

    /// <summary>
    /// Marks the row as being posted to <paramref name="target"/> and extends its lease past the longest call, if this
    /// dispatcher still holds it. From here on the row is never posted again unless an answer says Teams refused it.
    /// </summary>
    private async Task<bool> MarkPostingAsync(OutboxMessage message, string claim, DeliveryTarget target)
    {
        var (id, attempts, conversationId) = (message.Id, message.Attempts, target.ConversationId);
        DateTimeOffset? until = wallClock.Time.GetUtcNow() + options.Value.ClaimLease;
        var marked = await writer.WriteAsync(w => w.Outbox
            .Where(o => o.Id == id && o.ClaimedBy == claim && o.Status == OutboxStatus.Pending)
            .ExecuteUpdateAsync(set => set
                .SetProperty(o => o.ConversationId, conversationId)
                .SetProperty(o => o.ClaimedUntil, until)
                .SetProperty(o => o.Attempts, attempts)));
        message.ConversationId = conversationId;
        message.ClaimedUntil = until;
        return marked == 1;
    }
}
