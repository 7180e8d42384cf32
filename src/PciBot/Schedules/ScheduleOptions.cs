using System.ComponentModel.DataAnnotations;

namespace PciBot.Schedules;

/// <summary>Defaults for the reminder schedules created at first start; admins change them in the chat afterwards.</summary>
internal sealed class ScheduleOptions : IValidatableObject
{
    public const string SectionName = "Schedules";

    /// <summary>Local time (Asia/Ho_Chi_Minh) at which reminders go out, "HH:mm".</summary>
    [Required]
    public string TimeOfDay { get; set; } = "08:00";

    [Range(1, 30)]
    public int ReminderWorkingDaysBefore { get; set; } = 3;

    [Range(1, 30)]
    public int FollowUpWorkingDaysBefore { get; set; } = 1;

    [Range(1, 30)]
    public int EscalationWorkingDaysAfter { get; set; } = 1;

    /// <summary>Calendar days before a task's deadline (T-14, T-7, T-1).</summary>
    public List<int> DeadlineDaysBefore { get; set; } = [14, 7, 1];

    /// <summary>Working days before each half-year's cut-off to remind the Office of the dialogue with businesses.</summary>
    [Range(1, 60)]
    public int DialogueWorkingDaysBefore { get; set; } = 10;

    /// <summary>Working days before the plan's report deadline to send the Office the year-end reminder.</summary>
    [Range(1, 30)]
    public int YearEndWorkingDaysBefore { get; set; } = 5;

    /// <summary>Working days before each quarter's cut-off from which the Office's digest comes every Monday.</summary>
    [Range(1, 60)]
    public int DigestWindowWorkingDays { get; set; } = 15;

    /// <summary>How far back reminders missed while the bot was down are still sent after it comes back.</summary>
    [Range(1, 366)]
    public int CatchUpDays { get; set; } = 45;

    public TimeOnly LocalTime => TimeOnly.ParseExact(TimeOfDay, "HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!TimeOnly.TryParseExact(TimeOfDay, "HH:mm", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _))
        {
            yield return new ValidationResult($"Schedules:TimeOfDay '{TimeOfDay}' is not a time of day like 08:00.", [nameof(TimeOfDay)]);
        }

        if (FollowUpWorkingDaysBefore >= ReminderWorkingDaysBefore)
        {
            yield return new ValidationResult("Schedules:FollowUpWorkingDaysBefore must be smaller than ReminderWorkingDaysBefore, so the follow-up comes after the reminder.", [nameof(FollowUpWorkingDaysBefore)]);
        }

        if (DeadlineDaysBefore.Count == 0 || DeadlineDaysBefore.Any(d => d is < 1 or > 90) || DeadlineDaysBefore.Distinct().Count() != DeadlineDaysBefore.Count)
        {
            yield return new ValidationResult("Schedules:DeadlineDaysBefore must list distinct days between 1 and 90.", [nameof(DeadlineDaysBefore)]);
        }
    }
}
