using System.Collections.Concurrent;

namespace PciBot.Conversations;

/// <summary>
/// What this process last stored for each conversation, so an activity that changes nothing is not written again.
/// Bounded: when full, it starts over, which costs one write per conversation.
/// </summary>
internal sealed class StoredConversations
{
    public const int Capacity = 50_000;

    /// <summary>How stale <see cref="ConversationRecord.LastSeenAt"/> may get before an unchanged activity refreshes it.</summary>
    public static readonly TimeSpan LastSeenRefresh = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<(ConversationKind Kind, string Key), StoredConversation> stored = new();

    public StoredConversation? Find(ConversationKind kind, string key) => stored.GetValueOrDefault((kind, key));

    public void Remember(ConversationKind kind, string key, StoredConversation conversation)
    {
        if (stored.Count >= Capacity)
        {
            stored.Clear();
        }

        stored[(kind, key)] = conversation;
    }

    /// <summary>Drops what is known of a record changed elsewhere (e.g. found unreachable), so the next activity writes it.</summary>
    public void Forget(int recordId)
    {
        foreach (var entry in stored)
        {
            if (entry.Value.Id == recordId)
            {
                stored.TryRemove(entry);
            }
        }
    }
}
