using System.Text.Json;
using PciBot.BotFramework.Schema;

namespace PciBot.Admin;

/// <summary>A press on one of the admin cards, from an Action.Execute invoke or from the Action.Submit fallback.</summary>
internal sealed record AdminActionRequest(string Verb, JsonElement Data, string? AadObjectId, string? Locale)
{
    public const string Prefix = "admin.";

    public static AdminActionRequest? FromInvoke(Activity activity)
    {
        AdaptiveCardInvokeAction? action;
        try
        {
            action = activity.GetValue<AdaptiveCardInvokeValue>()?.Action;
        }
        catch (JsonException)
        {
            // Not an admin card's data; the card router refuses it.
            return null;
        }

        return string.Equals(action?.Type, "Action.Execute", StringComparison.Ordinal) && action?.Verb is { } verb && verb.StartsWith(Prefix, StringComparison.Ordinal)
            ? new AdminActionRequest(verb, action.Data ?? default, activity.From?.AadObjectId, activity.Locale)
            : null;
    }

    public static AdminActionRequest? FromSubmit(Activity activity) =>
        activity.Type == ActivityTypes.Message
        && activity.Value is { ValueKind: JsonValueKind.Object } value
        && value.TryGetProperty("verb", out var verb) && verb.ValueKind == JsonValueKind.String
        && verb.GetString() is { } name && name.StartsWith(Prefix, StringComparison.Ordinal)
            ? new AdminActionRequest(name, value, activity.From?.AadObjectId, activity.Locale)
            : null;

    public string? Text(string name) =>
        Data.ValueKind == JsonValueKind.Object && Data.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
                _ => null,
            }
            : null;
}
