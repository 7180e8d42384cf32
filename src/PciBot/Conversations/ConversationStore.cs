using Microsoft.EntityFrameworkCore;
using PciBot.BotFramework.Schema;
using PciBot.Data;
using PciBot.Messaging;

namespace PciBot.Conversations;

/// <summary>Keeps, for every user and channel the bot has heard from, what it needs to write to them later.</summary>
internal sealed class ConversationStore(PciBotDbContext db, StoredConversations stored, TimeProvider time) : IActivityObserver
{
    private const string ThreadSuffix = ";messageid=";

    Task IActivityObserver.ObserveAsync(Activity activity, CancellationToken ct) => RecordAsync(activity, ct);

    public async Task RecordAsync(Activity activity, CancellationToken ct)
    {
        if (activity.Conversation?.Id is not { Length: > 0 } conversationId || activity.ServiceUrl is null)
        {
            return;
        }

        var (kind, key, baseConversationId) = Classify(activity, conversationId);
        var now = time.GetUtcNow();
        if (stored.Find(kind, key) is { } known && now - known.LastSeenAt < StoredConversations.LastSeenRefresh)
        {
            var merged = known.ToRecord(kind, key);
            Apply(merged, activity, kind, baseConversationId, known.LastSeenAt);
            if (StoredConversation.Of(merged) == known)
            {
                return;
            }
        }

        var record = await db.Conversations.SingleOrDefaultAsync(c => c.Kind == kind && c.Key == key, ct);
        if (record is null)
        {
            record = new ConversationRecord
            {
                Kind = kind,
                Key = key,
                ConversationId = baseConversationId,
                ServiceUrl = activity.ServiceUrl,
                ChannelId = activity.ChannelId ?? "msteams",
                FirstSeenAt = now,
            };
            db.Conversations.Add(record);
        }

        Apply(record, activity, kind, baseConversationId, now);
        try
        {
            await db.SaveChangesAsync(ct);
            stored.Remember(kind, key, StoredConversation.Of(record));
        }
        catch (DbUpdateException) when (db.Entry(record).State == EntityState.Added)
        {
            // Two first activities from the same user raced; the other one stored the row, which is all we need.
            db.Entry(record).State = EntityState.Detached;
        }
    }

    private static void Apply(ConversationRecord record, Activity activity, ConversationKind kind, string baseConversationId, DateTimeOffset now)
    {
        record.ConversationId = baseConversationId;
        record.ServiceUrl = activity.ServiceUrl!;
        record.ChannelId = activity.ChannelId ?? record.ChannelId;
        record.TenantId = activity.Conversation!.TenantId ?? activity.ChannelData?.Tenant?.Id ?? record.TenantId;
        record.BotId = activity.Recipient?.Id ?? record.BotId;
        record.BotName = activity.Recipient?.Name ?? record.BotName;
        record.TeamId = activity.ChannelData?.Team?.Id ?? record.TeamId;
        record.Name = activity.ChannelData?.Channel?.Name ?? activity.Conversation.Name ?? record.Name;
        record.Locale = activity.Locale ?? record.Locale;
        record.LastSeenAt = now;
        if (kind == ConversationKind.Personal)
        {
            record.UserId = activity.From?.Id;
            record.UserAadObjectId = activity.From?.AadObjectId ?? record.UserAadObjectId;
            record.UserName = activity.From?.Name ?? record.UserName;
        }

        var removed = activity.Type == ActivityTypes.InstallationUpdate
            && string.Equals(activity.Action, InstallationUpdateActions.Remove, StringComparison.OrdinalIgnoreCase);
        record.IsReachable = !removed;
        record.UnreachableReason = removed ? "uninstalled" : null;
    }

    private static (ConversationKind Kind, string Key, string ConversationId) Classify(Activity activity, string conversationId)
    {
        var type = activity.Conversation!.ConversationType;
        if (string.Equals(type, "channel", StringComparison.OrdinalIgnoreCase))
        {
            var threadAt = conversationId.IndexOf(ThreadSuffix, StringComparison.OrdinalIgnoreCase);
            var channel = threadAt < 0 ? conversationId : conversationId[..threadAt];
            return (ConversationKind.Channel, channel, channel);
        }

        if (string.Equals(type, "groupChat", StringComparison.OrdinalIgnoreCase) || activity.Conversation.IsGroup == true)
        {
            return (ConversationKind.GroupChat, conversationId, conversationId);
        }

        return (ConversationKind.Personal, activity.From?.Id ?? conversationId, conversationId);
    }
}
