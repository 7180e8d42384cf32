namespace PciBot.Conversations;

/// <summary>The columns of a <see cref="ConversationRecord"/> that inbound activities write, as last stored.</summary>
internal sealed record StoredConversation(
    int Id,
    string ConversationId,
    string ServiceUrl,
    string ChannelId,
    string? TenantId,
    string? BotId,
    string? BotName,
    string? TeamId,
    string? Name,
    string? Locale,
    string? UserId,
    string? UserAadObjectId,
    string? UserName,
    bool IsReachable,
    string? UnreachableReason,
    DateTimeOffset LastSeenAt)
{
    public static StoredConversation Of(ConversationRecord record) => new(
        record.Id,
        record.ConversationId,
        record.ServiceUrl,
        record.ChannelId,
        record.TenantId,
        record.BotId,
        record.BotName,
        record.TeamId,
        record.Name,
        record.Locale,
        record.UserId,
        record.UserAadObjectId,
        record.UserName,
        record.IsReachable,
        record.UnreachableReason,
        record.LastSeenAt);

    public ConversationRecord ToRecord(ConversationKind kind, string key) => new()
    {
        Id = Id,
        Kind = kind,
        Key = key,
        ConversationId = ConversationId,
        ServiceUrl = ServiceUrl,
        ChannelId = ChannelId,
        TenantId = TenantId,
        BotId = BotId,
        BotName = BotName,
        TeamId = TeamId,
        Name = Name,
        Locale = Locale,
        UserId = UserId,
        UserAadObjectId = UserAadObjectId,
        UserName = UserName,
        IsReachable = IsReachable,
        UnreachableReason = UnreachableReason,
        LastSeenAt = LastSeenAt,
    };
}
