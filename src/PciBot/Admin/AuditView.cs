using System.Text.Json;
using PciBot.Localization;

namespace PciBot.Admin;

/// <summary>
/// An audit row in words: the action's name, and of a snapshot (a schedule, a person's roles) only the fields that
/// changed, "label: before → after". Values that are not snapshots are shown as they were stored.
/// </summary>
internal static class AuditView
{
    private const int MaxValueLength = 200;

    public static string Change(string? before, string? after, BotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var was = Fields(before, texts);
        var now = Fields(after, texts);
        if ((before is not null && was is null) || (after is not null && now is null) || (was is null && now is null))
        {
            return $"{Short(before)} → {Short(after)}";
        }

        var changes = (was?.Keys ?? Enumerable.Empty<string>()).Union(now?.Keys ?? Enumerable.Empty<string>(), StringComparer.Ordinal)
            .Select(key => (Key: key, Was: was?.GetValueOrDefault(key), Now: now?.GetValueOrDefault(key)))
            .Where(field => field.Was != field.Now)
            .Select(field => $"{texts.Admin.AuditField(field.Key)}: {Short(field.Was)} → {Short(field.Now)}")
            .ToList();
        return changes.Count == 0 ? texts.Admin.AuditNothingChanged : string.Join("; ", changes);
    }

    /// <summary>The members of a JSON object as words, or null when the value is not one.</summary>
    private static Dictionary<string, string?>? Fields(string? value, BotTexts texts)
    {
        if (value is not { Length: > 1 } || value[0] != '{')
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(value);
            return document.RootElement.ValueKind != JsonValueKind.Object ? null
                : document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => Words(p.Value, texts), StringComparer.Ordinal);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Words(JsonElement value, BotTexts texts) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => texts.Admin.AuditYes,
        JsonValueKind.False => texts.Admin.AuditNo,
        JsonValueKind.String => value.GetString() is { Length: > 0 } text ? text : null,
        JsonValueKind.Array => value.GetArrayLength() == 0 ? null : string.Join(", ", value.EnumerateArray().Select(item => Words(item, texts))),
        _ => value.GetRawText(),
    };

    private static string Short(string? value) => value is null ? "—" : value.Length <= MaxValueLength ? value : string.Concat(value.AsSpan(0, MaxValueLength), "…");
}
