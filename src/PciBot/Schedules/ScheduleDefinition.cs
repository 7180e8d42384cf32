namespace PciBot.Schedules;

/// <summary>
/// One reminder schedule. Quartz holds a trigger for its next fire time; this row holds the rule and
/// how far it has been carried out, so a missed fire is made up once and never twice.
/// </summary>
internal sealed class ScheduleDefinition
{
    public int Id { get; set; }

    /// <summary>Stable name, also the Quartz job name: "monthly", "quarterly", …</summary>
    public required string Key { get; set; }

    public ScheduleKind Kind { get; set; }

    /// <summary>Local time of day (Asia/Ho_Chi_Minh) at which reminders go out.</summary>
    public TimeOnly TimeOfDay { get; set; }

    /// <summary>Working days before the cut-off for the first reminder.</summary>
    public int ReminderWorkingDaysBefore { get; set; }

    /// <summary>Working days before the cut-off for the follow-up to those who have not reported; null for none.</summary>
    public int? FollowUpWorkingDaysBefore { get; set; }

    /// <summary>Working days after the cut-off for the escalation to the Office; null for none.</summary>
    public int? EscalationWorkingDaysAfter { get; set; }

    /// <summary>For deadline schedules: calendar days before the deadline, comma separated ("14,7,1").</summary>
    public string? DaysBeforeDeadline { get; set; }

    /// <summary>Unit codes that receive this schedule instead of each task's lead units; null for the plan's.</summary>
    public string? RecipientUnitCodes { get; set; }

    /// <summary>How fire dates are chosen: the plan's calendar for <see cref="Kind"/>, or an admin's own rule.</summary>
    public ScheduleRuleKind Rule { get; set; }

    /// <summary>The admin rule's value: a day of the month, working days before the quarter's cut-off, a weekday or a cron expression.</summary>
    public string? RuleValue { get; set; }

    public bool IsPaused { get; set; }

    /// <summary>The latest fire time already carried out (UTC); occurrences up to it are never queued again.</summary>
    public DateTimeOffset? FiredThrough { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public IReadOnlyList<int> DeadlineOffsets() =>
        (DaysBeforeDeadline ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => int.Parse(d, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
}
