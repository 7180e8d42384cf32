namespace PciBot.BotFramework.Cards;

/// <summary>
/// <c>Action.Submit</c>: Teams sends a message activity whose <c>value</c> holds <see cref="Data"/> and the input values.
/// </summary>
public sealed class ActionSubmit : CardAction
{
    /// <summary>Data sent with the action; an object is merged with the input values.</summary>
    public object? Data { get; set; }

    /// <summary>Which inputs are sent.</summary>
    public AssociatedInputs? AssociatedInputs { get; set; }
}
