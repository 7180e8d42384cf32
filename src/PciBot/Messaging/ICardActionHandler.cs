namespace PciBot.Messaging;

/// <summary>Answers the presses of a feature's card buttons, whether they came as an invoke or as an Action.Submit message.</summary>
internal interface ICardActionHandler
{
    /// <summary>The answer, or null when the action's data is not something this handler can read.</summary>
    Task<CardActionAnswer?> HandleAsync(CardActionInput action, CancellationToken ct);
}
