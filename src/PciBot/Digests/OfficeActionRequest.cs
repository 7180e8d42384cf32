using System.Globalization;
using System.Text.Json;
using PciBot.Kit.Cards;
using PciBot.Messaging;

namespace PciBot.Digests;

/// <summary>A press of one of the Office cards' buttons.</summary>
internal sealed record OfficeActionRequest(string Verb, int? TaskId, int? UnitId, string? PeriodKey, long? DigestId, string? Report, string? AadObjectId)
{
    public static OfficeActionRequest? From(CardActionInput action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (!OfficeVerbs.IsKnown(action.Verb) || action.Data is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }

        return new OfficeActionRequest(
            action.Verb,
            (int?)Number(value, "taskId"),
            (int?)Number(value, "unitId"),
            CardData.Text(value, "periodKey") is { Length: > 0 and <= 16 } period ? period : null,
            Number(value, "digest"),
            CardData.Text(value, "report") is { Length: > 0 and <= 32 } report ? report : null,
            action.Activity.From?.AadObjectId);
    }

    private static long? Number(JsonElement data, string name) =>
        data.TryGetProperty(name, out var value) && value.ValueKind switch
        {
            JsonValueKind.Number => value.TryGetInt32(out var n) ? n : -1,
            JsonValueKind.String => int.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1,
            _ => -1,
        } is var number and > 0
            ? number
            : null;
}
