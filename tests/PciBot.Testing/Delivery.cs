namespace PciBot.Testing;

/// <summary>An activity the fake connector accepted into a conversation, with the id it answered.</summary>
public sealed record Delivery(string ConversationId, string ActivityId, RecordedCall Call);
