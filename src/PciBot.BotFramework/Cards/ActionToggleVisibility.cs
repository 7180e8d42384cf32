namespace PciBot.BotFramework.Cards;

/// <summary><c>Action.ToggleVisibility</c>: shows or hides elements by id, without contacting the bot.</summary>
public sealed class ActionToggleVisibility : CardAction
{
    /// <summary>The ids of the elements to toggle.</summary>
    public IList<string> TargetElements { get; set; } = [];
}
