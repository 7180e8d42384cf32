using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace PciBot.Updates;

/// <summary>How progress updates sent from cards are taken in.</summary>
internal sealed class UpdatesOptions : IValidatableObject
{
    public const string SectionName = "Updates";

    /// <summary>
    /// An identical submit (same card, same person, same values) within this time of the first is a double click or a
    /// replayed invoke and is stored once. After it, the same values are recorded again as a new confirmation.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan DuplicateWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Local time (Asia/Ho_Chi_Minh), "HH:mm", at which a snoozed reminder comes back on the chosen working day.</summary>
    [Required]
    public string SnoozeTimeOfDay { get; set; } = "08:00";

    public TimeOnly SnoozeLocalTime => TimeOnly.ParseExact(SnoozeTimeOfDay, "HH:mm", CultureInfo.InvariantCulture);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!TimeOnly.TryParseExact(SnoozeTimeOfDay, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            yield return new ValidationResult($"Updates:SnoozeTimeOfDay '{SnoozeTimeOfDay}' is not a time of day like 08:00.", [nameof(SnoozeTimeOfDay)]);
        }
    }
}
