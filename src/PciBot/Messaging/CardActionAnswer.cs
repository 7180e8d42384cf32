using PciBot.BotFramework.Cards;
using PciBot.BotFramework.Schema;

namespace PciBot.Messaging;

/// <summary>
/// What a card action answers, one of two ways. With <see cref="Card"/>, the one who pressed sees that card: the
/// invoke is answered with it, and an Action.Submit gets it in place of the pressed card when <see cref="InPlace"/>,
/// or else as a reply; <see cref="ForEveryone"/>, when set, is what everyone else in the conversation should now see
/// in place of the pressed card. With <see cref="Reply"/>, the answer is a message beside the card, which stays as it is.
/// </summary>
internal sealed record CardActionAnswer(AdaptiveCard? Card, Activity? Reply = null, AdaptiveCard? ForEveryone = null, bool InPlace = false)
{
    public static CardActionAnswer Show(AdaptiveCard card) => new(card);

    public static CardActionAnswer Beside(Activity reply) => new(null, reply);
}
