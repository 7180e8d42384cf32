using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using PciBot.BotFramework.Schema;

namespace PciBot.Updates;

/// <summary>
/// A press of one of the update card's buttons, read from an <c>adaptiveCard/action</c> invoke or from the message an
/// Action.Submit fallback sends. <see cref="Target"/> is null when the ids in the card data are missing or malformed.
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

    /// <summary>The request in an Action.Execute invoke, or null when the invoke is not one of ours.</summary>
    /// <exception cref="JsonException">The invoke's value is not shaped like an Adaptive Card action.</exception>
    public static CardActionRequest? FromInvoke(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var action = activity.GetValue<AdaptiveCardInvokeValue>()?.Action;
        if (!string.Equals(action?.Type, "Action.Execute", StringComparison.Ordinal) || !ProgressVerbs.IsKnown(action?.Verb))
        {
            return null;
        }

        return Read(action!.Verb!, action.Data ?? default, activity);
    }

    /// <summary>The request in an Action.Submit message (the fallback for older clients), or null when the message is something else.</summary>
    public static CardActionRequest? FromSubmit(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Type != ActivityTypes.Message || activity.Value is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty("verb", out var verb) || verb.ValueKind != JsonValueKind.String || !ProgressVerbs.IsKnown(verb.GetString()))
        {
            return null;
        }

        return Read(verb.GetString()!, value, activity);
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

        return new ProgressActionData(verb, taskId, unitId, periodKey, cardId, Text(data, "snooze"));
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
