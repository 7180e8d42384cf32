using System.Text.Json;
using PciBot.BotFramework.Schema;

namespace PciBot.Messaging;

/// <summary>
/// A press of a card button, read once whichever way it came: from an <c>adaptiveCard/action</c> invoke's
/// <c>value.action</c>, or from the <c>value</c> of the message an Action.Submit fallback sends. <see cref="Data"/> is
/// the button's data; the activity tells who pressed, in which conversation and on which card.
/// </summary>
internal sealed record CardActionInput(string Verb, JsonElement Data, Activity Activity)
{
    /// <summary>The action of an Action.Execute invoke, or null when the invoke carries none.</summary>
    /// <exception cref="JsonException">The invoke's value is not shaped like an Adaptive Card action.</exception>
    public static CardActionInput? FromInvoke(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var action = activity.GetValue<AdaptiveCardInvokeValue>()?.Action;
        return string.Equals(action?.Type, "Action.Execute", StringComparison.Ordinal) && action?.Verb is { } verb
            ? new CardActionInput(verb, action.Data ?? default, activity)
            : null;
    }

    /// <summary>The action of an Action.Submit message, or null when the message carries no button data.</summary>
    public static CardActionInput? FromSubmit(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Type == ActivityTypes.Message
            && activity.Value is { ValueKind: JsonValueKind.Object } value
            && value.TryGetProperty("verb", out var verb) && verb.ValueKind == JsonValueKind.String
                ? new CardActionInput(verb.GetString()!, value, activity)
                : null;
    }
}
