using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PciBot.Updates;

/// <summary>
/// Identifies one submit: the line, the person, the values, the card they came from and the update its form showed.
/// Two submits with the same fingerprint close together are one click seen twice.
/// </summary>
internal static class ProgressFingerprint
{
    public static string Of(ReportLine line, int personId, ProgressValues values, string cardId, int? basedOn = null)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(values);
        string?[] parts =
        [
            Number(line.Task.Id),
            Number(line.Unit.Id),
            line.PeriodKey,
            Number(personId),
            line.IsContribution ? "contribution" : "report",
            values.Status.ToString(),
            values.PercentDone is { } percent ? Number(percent) : null,
            values.Result,
            values.Obstacles,
            values.EvidenceUrl,
            cardId,
        ];

        // Added only when known, so a form that showed no update keeps the fingerprint it always had.
        if (basedOn is { } number)
        {
            parts = [.. parts, Number(number)];
        }

        // Each part is written with its length, so no text can be made to read as a different split of the fields.
        var canonical = new StringBuilder();
        foreach (var part in parts)
        {
            canonical.Append(part is null ? "-" : Number(part.Length)).Append(':').Append(part).Append(';');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
