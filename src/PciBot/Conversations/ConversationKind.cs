namespace PciBot.Conversations;

internal enum ConversationKind
{
    Personal,
    GroupChat,
    Channel,
}
