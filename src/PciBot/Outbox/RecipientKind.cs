namespace PciBot.Outbox;

internal enum RecipientKind
{
    /// <summary>A person, in their personal chat with the bot.</summary>
    Person,

    /// <summary>A channel or group chat (the Office channel).</summary>
    Conversation,
}
