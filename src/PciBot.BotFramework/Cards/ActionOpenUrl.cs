namespace PciBot.BotFramework.Cards;

/// <summary><c>Action.OpenUrl</c>: opens a link.</summary>
public sealed class ActionOpenUrl : CardAction
{
    /// <summary>The link to open.</summary>
    public Uri? Url { get; set; }
}
