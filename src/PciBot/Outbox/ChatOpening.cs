using PciBot.Conversations;

namespace PciBot.Outbox;

/// <summary>What installing the app for a person through Graph came to: their chat, or why there is none.</summary>
internal sealed record ChatOpening(ConversationRecord? Chat, string? Problem)
{
    public const string PermissionMissing = "graph-permission";
    public const string NotAvailable = "not-licensed";
    public const string NoChat = "no-chat";
}
