namespace PciBot.Outbox;

/// <summary>Where one outbox message goes, and in which language.</summary>
internal sealed record DeliveryTarget(int ConversationRecordId, string ServiceUrl, string ConversationId, string? Locale);
