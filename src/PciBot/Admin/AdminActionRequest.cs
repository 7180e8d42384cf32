using System.Text.Json;
using PciBot.Messaging;

namespace PciBot.Admin;

/// <summary>A press on one of the admin cards, from an Action.Execute invoke or from the Action.Submit fallback.</summary>
internal sealed record AdminActionRequest(string Verb, JsonElement Data, string? AadObjectId, string? Locale)
{
    public const string Prefix = "admin.";

    public static AdminActionRequest? From(CardActionInput action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return action.Verb.StartsWith(Prefix, StringComparison.Ordinal)
            ? new AdminActionRequest(action.Verb, action.Data, action.Activity.From?.AadObjectId, action.Activity.Locale)
            : null;
    }

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
