using Microsoft.EntityFrameworkCore;
using PciBot.Conversations;
using PciBot.Data;

namespace PciBot.Outbox;

/// <summary>
/// What follows from an outcome beyond the row itself: an unreachable recipient's other due rows are settled with it,
/// and the features are told (through <see cref="IOutboxUndelivered"/>) about every message that did not surely arrive.
/// </summary>
internal sealed class OutboxSettlement(
    BatchWriter writer,
    StoredConversations storedConversations,
    IEnumerable<IOutboxUndelivered> undelivered,
    TimeProvider time,
    ILogger<OutboxSettlement> logger)
{
    private const string InterruptedReason = "interrupted while posting; not posted again";

    public async Task AfterOutcomeAsync(OutboxMessage message, DeliveryTarget? target)
    {
        if (message.Status is not (OutboxStatus.Unreachable or OutboxStatus.Failed or OutboxStatus.Unconfirmed))
        {
            return;
        }

        if (message.Status == OutboxStatus.Unreachable)
        {
            await SettleRecipientAsync(message, target);
        }

        await TellAsync(message);
    }

    /// <summary>
    /// Settles rows found marked with their conversation at claim time: they were being posted when the dispatcher that
    /// held them stopped, so they may have arrived and are never posted again.
    /// </summary>
    public async Task SettleInterruptedAsync(IReadOnlyList<OutboxMessage> rows, string claim)
    {
        var interrupted = rows.Select(r => r.Id).ToList();
        await writer.WriteAsync(w => w.Outbox
            .Where(o => interrupted.Contains(o.Id) && o.ClaimedBy == claim)
            .ExecuteUpdateAsync(set => set
                .SetProperty(o => o.Status, OutboxStatus.Unconfirmed)
                .SetProperty(o => o.LastError, InterruptedReason)
                .SetProperty(o => o.ClaimedBy, (string?)null)
                .SetProperty(o => o.ClaimedUntil, (DateTimeOffset?)null)));
        foreach (var row in rows)
        {
            OutboxLog.Interrupted(logger, row.Id);
            row.Status = OutboxStatus.Unconfirmed;
            row.LastError = InterruptedReason;
            try
            {
                await TellAsync(row);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The claim must still be returned; the row itself is settled either way.
                OutboxLog.UndeliveredFailed(logger, row.Id, e);
            }
        }
    }

    // Not cancelled with the host: like the outcome itself, the notice must not be lost to a stop.
    private async Task TellAsync(OutboxMessage message)
    {
        foreach (var feature in undelivered)
        {
            await feature.UndeliveredAsync(message, CancellationToken.None);
        }
    }

    /// <summary>
    /// Notes the conversation as unreachable until the person writes again, and settles the recipient's other due
    /// messages, which would be refused the same way, without a call each. Rows being posted elsewhere (marked with a
    /// conversation) are left to their outcome.
    /// </summary>
    private async Task SettleRecipientAsync(OutboxMessage message, DeliveryTarget? target)
    {
        var (id, kind, personId, recordId, reason) = (message.Id, message.RecipientKind, message.PersonId, message.ConversationRecordId, message.LastError);
        var conversationReason = reason is { Length: > 256 } ? reason[..256] : reason;
        var now = time.GetUtcNow();
        await writer.WriteAsync(async w =>
        {
            if (target is not null)
            {
                await w.Conversations.Where(c => c.Id == target.ConversationRecordId).ExecuteUpdateAsync(set => set
                    .SetProperty(c => c.IsReachable, false)
                    .SetProperty(c => c.UnreachableReason, conversationReason));
            }

            var others = w.Outbox.Where(o => o.Id != id && o.Status == OutboxStatus.Pending && o.ConversationId == null && o.NextAttemptAt <= now);
            others = kind == RecipientKind.Person
                ? others.Where(o => o.RecipientKind == RecipientKind.Person && o.PersonId == personId)
                : others.Where(o => o.RecipientKind == RecipientKind.Conversation && o.ConversationRecordId == recordId);
            return await others.ExecuteUpdateAsync(set => set
                .SetProperty(o => o.Status, OutboxStatus.Unreachable)
                .SetProperty(o => o.LastError, reason)
                .SetProperty(o => o.ClaimedBy, (string?)null)
                .SetProperty(o => o.ClaimedUntil, (DateTimeOffset?)null));
        });
        if (target is not null)
        {
            storedConversations.Forget(target.ConversationRecordId);
        }
    }
}
