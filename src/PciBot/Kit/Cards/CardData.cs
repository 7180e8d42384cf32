using System.Globalization;
using System.Text.Json;

namespace PciBot.Kit.Cards;

/// <summary>Reads the values a button's data carries back. Clients send ids as numbers or as strings; nothing else is accepted.</summary>
internal static class CardData
{
    public static int? PositiveId(JsonElement data, string name) => PositiveLongId(data, name) is { } id and <= int.MaxValue ? (int)id : null;

    public static long? PositiveLongId(JsonElement data, string name)
    {
        if (data.ValueKind != JsonValueKind.Object || !data.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) && number > 0)
        {
            return number;
        }

        return value.ValueKind == JsonValueKind.String
            && long.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out number) && number > 0
                ? number
                : null;
    }

    public static string? Text(JsonElement data, string name) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
