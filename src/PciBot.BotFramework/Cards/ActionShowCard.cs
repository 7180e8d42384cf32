namespace PciBot.BotFramework.Cards;

/// <summary><c>Action.ShowCard</c>: unfolds another card below the buttons.</summary>
public sealed class ActionShowCard : CardAction
{
    /// <summary>The card to show.</summary>
    public AdaptiveCard? Card { get; set; }
}
