using PciBot.Kit.Cards;
using PciBot.Messaging;

namespace PciBot.Updates;

/// <summary>
/// A press of Approve or Decline on a request for more time, whichever way it came, with what was entered.
/// <see cref="RequestId"/> is null when the card data names no request.
/// </summary>
internal sealed record ExtensionActionRequest(string Verb, long? RequestId, string? GrantUntil, string? DeclineReason, string? AadObjectId, string? Locale)
{
    /// <summary>The request in a card action, or null when the verb is not one of the request card's.</summary>
    public static ExtensionActionRequest? From(CardActionInput action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (!ExtensionVerbs.IsKnown(action.Verb))
        {
            return null;
        }

        var data = action.Data;
        return new ExtensionActionRequest(
            action.Verb,
            CardData.PositiveLongId(data, "requestId"),
            CardData.Text(data, ExtensionFields.GrantUntil),
            CardData.Text(data, ExtensionFields.DeclineReason),
            action.Activity.From?.AadObjectId,
            action.Activity.Locale);
    }
}
