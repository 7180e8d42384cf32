namespace PciBot.BotFramework.Cards;

/// <summary>A Universal Action (<c>Action.Execute</c>): Teams sends an <c>adaptiveCard/action</c> invoke to the bot.</summary>
public sealed class ActionExecute : CardAction
{
    /// <summary>What the bot should do; arrives as <c>value.action.verb</c>.</summary>
    public string? Verb { get; set; }

    /// <summary>Data sent with the action, merged with the input values; arrives as <c>value.action.data</c>.</summary>
    public object? Data { get; set; }

    /// <summary>Which inputs are sent.</summary>
    public AssociatedInputs? AssociatedInputs { get; set; }

    /// <summary>What older clients show instead, usually an <see cref="ActionSubmit"/>.</summary>
    public CardAction? Fallback { get; set; }
}
