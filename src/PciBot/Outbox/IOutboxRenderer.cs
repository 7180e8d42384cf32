using PciBot.BotFramework.Cards;
using PciBot.Localization;

namespace PciBot.Outbox;

/// <summary>Turns the rows of the kinds it is registered for into the card their recipient sees, at send time.</summary>
internal interface IOutboxRenderer
{
    /// <param name="message">The row, as claimed.</param>
    /// <param name="texts">The recipient's language.</param>
    /// <param name="round">What the other rows of the same dispatch round already read, to share.</param>
    /// <param name="ct">Cancels the rendering.</param>
    Task<AdaptiveCard> RenderAsync(OutboxMessage message, BotTexts texts, OutboxRound round, CancellationToken ct);
}
