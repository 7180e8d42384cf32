using PciBot.BotFramework.Cards;

namespace PciBot.Updates;

/// <summary>
/// What a card action did. <see cref="Card"/> answers the person who pressed the button; <see cref="ForEveryone"/>,
/// when set, is what everyone else in the conversation should now see in place of the original card.
/// </summary>
internal sealed record CardActionOutcome(CardActionResult Result, AdaptiveCard Card, AdaptiveCard? ForEveryone = null);
