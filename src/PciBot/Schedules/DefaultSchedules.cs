using System.Globalization;

namespace PciBot.Schedules;

/// <summary>The schedules the plan calls for, as first created from <see cref="ScheduleOptions"/>.</summary>
internal static class DefaultSchedules
{
    public static IReadOnlyList<ScheduleDefinition> From(ScheduleOptions options, DateTimeOffset now)
    {
        ScheduleDefinition Make(string key, ScheduleKind kind, int before, int? followUp = null, int? escalation = null, string? deadlines = null) => new()
        {
            Key = key,
            Kind = kind,
            TimeOfDay = options.LocalTime,
            ReminderWorkingDaysBefore = before,
            FollowUpWorkingDaysBefore = followUp,
            EscalationWorkingDaysAfter = escalation,
            DaysBeforeDeadline = deadlines,
            FiredThrough = now,
            UpdatedAt = now,
        };

        var followUpDays = options.FollowUpWorkingDaysBefore;
        var escalationDays = options.EscalationWorkingDaysAfter;
        return
        [
            Make("monthly", ScheduleKind.Monthly, options.ReminderWorkingDaysBefore, followUpDays, escalationDays),
            Make("quarterly", ScheduleKind.Quarterly, options.ReminderWorkingDaysBefore, followUpDays, escalationDays),
            Make("annual", ScheduleKind.Annual, options.ReminderWorkingDaysBefore, followUpDays, escalationDays),
            Make("deadline", ScheduleKind.Deadline, 0, escalation: escalationDays, deadlines: string.Join(',', options.DeadlineDaysBefore.OrderDescending().Select(d => d.ToString(CultureInfo.InvariantCulture)))),
            Make("dialogue", ScheduleKind.Dialogue, options.DialogueWorkingDaysBefore),
            Make("office-rollup", ScheduleKind.OfficeRollup, 0),
            Make("year-end", ScheduleKind.YearEnd, options.YearEndWorkingDaysBefore),
            Make("digest", ScheduleKind.Digest, options.DigestWindowWorkingDays),
        ];
    }
}
