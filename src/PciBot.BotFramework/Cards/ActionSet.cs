namespace PciBot.BotFramework.Cards;

/// <summary>Buttons placed inside the body rather than at the bottom of the card.</summary>
public sealed class ActionSet : CardElement
{
    /// <summary>The actions, in order.</summary>
    public IList<CardAction> Actions { get; set; } = [];
}
