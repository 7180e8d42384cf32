using PciBot.BotFramework.Cards;

namespace PciBot.Messaging;

/// <summary>A sent card to replace with <see cref="Card"/> for everyone in its conversation.</summary>
internal sealed record CardUpdate(string ServiceUrl, string ConversationId, string ActivityId, AdaptiveCard Card);
