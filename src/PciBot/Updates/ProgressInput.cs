using System.Globalization;
using System.Text.Json;

namespace PciBot.Updates;

/// <summary>The card's fields as entered, unchecked: what is shown again when a value is refused.</summary>
internal sealed record ProgressInput(
    string? Status = null,
    string? Percent = null,
    string? Result = null,
    string? Obstacles = null,
    string? Evidence = null,
    string? ExtendTo = null,
    string? ExtendReason = null)
{
    public static ProgressInput Empty { get; } = new();

    public static ProgressInput From(JsonElement data) => data.ValueKind != JsonValueKind.Object
        ? Empty
        : new ProgressInput(
            Text(data, ProgressFields.Status),
            Text(data, ProgressFields.Percent),
            Text(data, ProgressFields.Result),
            Text(data, ProgressFields.Obstacles),
            Text(data, ProgressFields.Evidence),
            Text(data, ProgressFields.ExtendTo),
            Text(data, ProgressFields.ExtendReason));

    /// <summary>A stored update as the card's fields, to edit from where it stands.</summary>
    public static ProgressInput Of(ProgressUpdate update) => new(
        update.Status.ToString(),
        update.PercentDone?.ToString(CultureInfo.InvariantCulture),
        update.Result,
        update.Obstacles,
        update.EvidenceUrl);

    // Teams sends input values as strings; a client may send a number for Input.Number.
    private static string? Text(JsonElement data, string name) =>
        data.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        }
        : null;
}
