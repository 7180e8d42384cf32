using System.Globalization;
using PciBot.Localization;
using PciBot.Schedules;

namespace PciBot.Admin;

/// <summary>Checks an edit card's entries and, when all are valid, writes them onto the schedule.</summary>
internal static class ScheduleValidator
{
    public static bool TryApply(ScheduleDefinition schedule, ScheduleInput input, IReadOnlySet<string> unitCodes, BotTexts texts, Dictionary<string, string> errors)
    {
        if (!TimeOnly.TryParseExact(input.TimeOfDay?.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var timeOfDay))
        {
            errors["timeOfDay"] = texts.Admin.BadTime;
        }

        var rule = Enum.TryParse<ScheduleRuleKind>(input.Rule, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : ScheduleRuleKind.Plan;
        var value = input.RuleValue?.Trim();
        int? reminderDays = null;
        if (rule != ScheduleRuleKind.Plan && CustomRule.PeriodOf(schedule.Kind) is null)
        {
            errors["rule"] = texts.Admin.RuleNotForKind;
        }
        else
        {
            switch (rule)
            {
                case ScheduleRuleKind.Plan when schedule.Kind is not (ScheduleKind.Deadline or ScheduleKind.OfficeRollup):
                    reminderDays = CustomRule.WorkingDays(value);
                    if (reminderDays is null)
                    {
                        errors["ruleValue"] = texts.Admin.BadWorkingDays;
                    }

                    break;
                case ScheduleRuleKind.MonthlyDay when CustomRule.DayOfMonth(value) is null:
                    errors["ruleValue"] = texts.Admin.BadDayOfMonth;
                    break;
                case ScheduleRuleKind.QuarterlyOffset when CustomRule.WorkingDays(value) is null:
                    errors["ruleValue"] = texts.Admin.BadWorkingDays;
                    break;
                case ScheduleRuleKind.Weekly when CustomRule.Weekday(value) is null:
                    errors["ruleValue"] = texts.Admin.BadWeekday;
                    break;
                case ScheduleRuleKind.Cron when !CustomRule.Cron(value, out _, out var reason):
                    errors["ruleValue"] = texts.Admin.BadCron(reason ?? "");
                    break;
            }
        }

        int? followUp = null;
        string? deadlineDays = null;
        var followUpText = input.FollowUp?.Trim();
        if (schedule.Kind == ScheduleKind.Deadline)
        {
            var days = (followUpText ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(d => int.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
                .ToList();
            if (days.Count == 0 || days.Any(d => d is < 1 or > 90) || days.Distinct().Count() != days.Count)
            {
                errors["followUp"] = texts.Admin.BadDeadlineDays;
            }
            else
            {
                deadlineDays = string.Join(',', days.OrderDescending().Select(d => d.ToString(CultureInfo.InvariantCulture)));
            }
        }
        else if (schedule.Kind is ScheduleKind.Monthly or ScheduleKind.Quarterly or ScheduleKind.Annual && !string.IsNullOrEmpty(followUpText))
        {
            var before = reminderDays ?? schedule.ReminderWorkingDaysBefore;
            if (!int.TryParse(followUpText, NumberStyles.None, CultureInfo.InvariantCulture, out var f) || f is < 1 or > 30 || (rule == ScheduleRuleKind.Plan && f >= before))
            {
                errors["followUp"] = texts.Admin.BadFollowUp;
            }
            else
            {
                followUp = f;
            }
        }

        var recipients = (input.Recipients ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (recipients.Count == 0 || recipients.Any(r => r != ScheduleInput.PlanRecipients && !unitCodes.Contains(r)))
        {
            errors["recipients"] = texts.Admin.NoRecipients;
        }

        if (errors.Count > 0)
        {
            return false;
        }

        schedule.TimeOfDay = timeOfDay;
        schedule.Rule = rule;
        schedule.RuleValue = rule == ScheduleRuleKind.Plan ? null : value;
        if (reminderDays is { } r)
        {
            schedule.ReminderWorkingDaysBefore = r;
        }

        if (schedule.Kind == ScheduleKind.Deadline)
        {
            schedule.DaysBeforeDeadline = deadlineDays;
        }
        else if (schedule.Kind is ScheduleKind.Monthly or ScheduleKind.Quarterly or ScheduleKind.Annual)
        {
            schedule.FollowUpWorkingDaysBefore = followUp;
        }

        schedule.RecipientUnitCodes = recipients.Contains(ScheduleInput.PlanRecipients) ? null : string.Join(',', recipients.Order(StringComparer.Ordinal));
        return true;
    }

    /// <summary>The entries a schedule's edit card starts with.</summary>
    public static ScheduleInput InputOf(ScheduleDefinition schedule) => new(
        schedule.TimeOfDay.ToString("HH:mm", CultureInfo.InvariantCulture),
        schedule.Rule.ToString(),
        schedule.Rule == ScheduleRuleKind.Plan
            ? schedule.Kind is ScheduleKind.Deadline or ScheduleKind.OfficeRollup ? "" : schedule.ReminderWorkingDaysBefore.ToString(CultureInfo.InvariantCulture)
            : schedule.RuleValue,
        schedule.Kind == ScheduleKind.Deadline ? schedule.DaysBeforeDeadline : schedule.FollowUpWorkingDaysBefore?.ToString(CultureInfo.InvariantCulture),
        schedule.RecipientUnitCodes ?? ScheduleInput.PlanRecipients);

    /// <summary>The schedule's settings as one line, for the audit log.</summary>
    public static string Snapshot(ScheduleDefinition schedule) => System.Text.Json.JsonSerializer.Serialize(new
    {
        timeOfDay = schedule.TimeOfDay.ToString("HH:mm", CultureInfo.InvariantCulture),
        rule = schedule.Rule.ToString(),
        ruleValue = schedule.RuleValue,
        reminderWorkingDaysBefore = schedule.ReminderWorkingDaysBefore,
        followUpWorkingDaysBefore = schedule.FollowUpWorkingDaysBefore,
        daysBeforeDeadline = schedule.DaysBeforeDeadline,
        recipients = schedule.RecipientUnitCodes,
        paused = schedule.IsPaused,
    });
}
