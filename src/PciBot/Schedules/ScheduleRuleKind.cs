namespace PciBot.Schedules;

/// <summary>How a schedule's fire dates are chosen.</summary>
internal enum ScheduleRuleKind
{
    /// <summary>From the plan's reporting calendar for the schedule's kind (the default).</summary>
    Plan,

    /// <summary>On a day of every month, moved back to a working day.</summary>
    MonthlyDay,

    /// <summary>A number of working days before each quarter's cut-off.</summary>
    QuarterlyOffset,

    /// <summary>On a weekday every week, skipped when it is not a working day.</summary>
    Weekly,

    /// <summary>A Quartz cron expression read in Vietnam time, for experts.</summary>
    Cron,
}
