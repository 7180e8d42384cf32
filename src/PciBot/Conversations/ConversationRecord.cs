namespace PciBot.Conversations;

/// <summary>
/// Where the bot can reach a user (personal chat) or a channel or group chat proactively.
/// Captured from every inbound activity.
/// </summary>
internal sealed class ConversationRecord
{
    public int Id { get; set; }

    public ConversationKind Kind { get; set; }

    /// <summary>The Teams user id for a personal chat; the conversation id (without thread suffix) otherwise.</summary>
    public required string Key { get; set; }

    public required string ConversationId { get; set; }

    public required string ServiceUrl { get; set; }

    public required string ChannelId { get; set; }

    public string? TenantId { get; set; }

    public string? BotId { get; set; }

    public string? BotName { get; set; }

    public string? UserId { get; set; }

    public string? UserAadObjectId { get; set; }

    public string? UserName { get; set; }

    public string? TeamId { get; set; }

    public string? Name { get; set; }

    public string? Locale { get; set; }

    public DateTimeOffset FirstSeenAt { get; set; }

    public DateTimeOffset LastSeenAt { get; set; }

    /// <summary>The channel the Office chose for its digests; at most one.</summary>
    public bool IsOfficeChannel { get; set; }

    public bool IsReachable { get; set; } = true;

    public string? UnreachableReason { get; set; }
}
