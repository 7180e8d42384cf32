namespace PciBot.Outbox;

/// <summary>Where one outbox message goes, and in which language: a Teams locale or a language ("vi", "en").</summary>
internal sealed record DeliveryTarget(int ConversationRecordId, string ServiceUrl, string ConversationId, string? Locale);
