namespace PciBot.Outbox;

/// <summary>Who an outbox row goes to: a person (in their personal chat) or a conversation record.</summary>
internal readonly record struct OutboxRecipient(RecipientKind Kind, int Id)
{
    /// <summary>The recipient's part of the outbox's unique key: "person:{Id}" or "conversation:{Id}".</summary>
    public string Key => Kind == RecipientKind.Person ? $"person:{Id}" : $"conversation:{Id}";

    public static OutboxRecipient Person(int personId) => new(RecipientKind.Person, personId);

    public static OutboxRecipient Conversation(int conversationRecordId) => new(RecipientKind.Conversation, conversationRecordId);
}
