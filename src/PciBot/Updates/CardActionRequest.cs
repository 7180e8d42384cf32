using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using PciBot.BotFramework.Schema;
using PciBot.Messaging;

namespace PciBot.Updates;

/// <summary>
/// A press of one of the update card's buttons, whichever way it came. <see cref="Target"/> is null when the ids in the card data are missing or malformed.
/// </summary>
internal sealed partial record CardActionRequest(
    string Verb,
    ProgressActionData? Target,
    ProgressInput Input,
    string? AadObjectId,
    string? Locale,
    string? CardActivityId)
{
    private const int MaxPeriodKeyLength = 16;

    /// <summary>The request in a card action, or null when the verb is not one of the update card's.</summary>
    public static CardActionRequest? From(CardActionInput action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return ProgressVerbs.IsKnown(action.Verb) ? Read(action.Verb, action.Data, action.Activity) : null;
    }

    private static CardActionRequest Read(string verb, JsonElement data, Activity activity) => new(
        verb,
        TargetOf(verb, data),
        ProgressInput.From(data),
        activity.From?.AadObjectId,
        activity.Locale,
        activity.ReplyToId is { Length: > 0 and <= 256 } replyTo ? replyTo : null);

    private static ProgressActionData? TargetOf(string verb, JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object
            || Id(data, "taskId") is not { } taskId
            || Id(data, "unitId") is not { } unitId
            || Text(data, "periodKey") is not { Length: > 0 and <= MaxPeriodKeyLength } periodKey
            || Text(data, "cardId") is not { } cardId
            || !CardId().IsMatch(cardId))
        {
            return null;
        }

        return new ProgressActionData(verb, taskId, unitId, periodKey, cardId, Text(data, "snooze"), Id(data, "basedOn"));
    }

    private static int? Id(JsonElement data, string name)
    {
        if (!data.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number > 0)
        {
            return number;
        }

        return value.ValueKind == JsonValueKind.String
            && int.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out number) && number > 0
                ? number
                : null;
    }

    private static string? Text(JsonElement data, string name) =>
        data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    [GeneratedRegex("^[A-Za-z0-9_-]{1,32}$")]
    private static partial Regex CardId();
}
