using System.Text.Json;
using System.Text.RegularExpressions;
using PciBot.BotFramework.Schema;
using PciBot.Kit.Cards;
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
    public const int MaxPeriodKeyLength = 16;

    /// <summary>The request in a card action, or null when the verb is not one of the update card's.</summary>
    public static CardActionRequest? From(CardActionInput action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return ProgressVerbs.IsKnown(action.Verb) ? Read(action.Verb, action.Data, action.Activity) : null;
    }

    /// <summary>A press that names its line with ids the handler has already read, and carries no input.</summary>
    public static CardActionRequest For(CardActionInput action, ProgressActionData target)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(target);
        return new CardActionRequest(target.Verb, target, ProgressInput.Empty, action.Activity.From?.AadObjectId, action.Activity.Locale, null);
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
            || CardData.PositiveId(data, "taskId") is not { } taskId
            || CardData.PositiveId(data, "unitId") is not { } unitId
            || CardData.Text(data, "periodKey") is not { Length: > 0 and <= MaxPeriodKeyLength } periodKey
            || CardData.Text(data, "cardId") is not { } cardId
            || !CardId().IsMatch(cardId))
        {
            return null;
        }

        return new ProgressActionData(verb, taskId, unitId, periodKey, cardId, CardData.Text(data, "snooze"), CardData.PositiveId(data, "basedOn"));
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,32}$")]
    private static partial Regex CardId();
}
