using System.Globalization;
using PciBot.Calendar;

namespace PciBot.Schedules;

/// <summary>
/// When a schedule fires, worked out from reporting periods (Decree 09/2019), the working calendar and the
/// plan's deadlines. Every fire date is a working day: a date that falls on a weekend or holiday moves back.
/// </summary>
internal static class ScheduleRules
{
    /// <summary>
    /// The occurrences with <paramref name="after"/> &lt; FireAt ≤ <paramref name="until"/>, in time order, including
    /// those around the <paramref name="moved"/> cut-offs.
    /// </summary>
    public static IReadOnlyList<Occurrence> Between(
        ScheduleDefinition schedule,
        WorkingCalendar calendar,
        IReadOnlyCollection<DateOnly> deadlines,
        DateTimeOffset after,
        DateTimeOffset until,
        IReadOnlyCollection<MovedCutOff>? moved = null)
    {
        var firstYear = VietnamTime.ToLocal(after).Year - 1;
        var lastYear = VietnamTime.ToLocal(until).Year + 1;
        var occurrences = schedule.Rule != ScheduleRuleKind.Plan && CustomRule.PeriodOf(schedule.Kind) is { } periodKind
            ? Custom(schedule, calendar, periodKind, after, until, firstYear, lastYear)
            : All(schedule, calendar, deadlines, firstYear, lastYear);
        return occurrences
            .Concat(Moved(schedule, calendar, moved ?? []))
            .Where(o => o.FireAt > after && o.FireAt <= until)
            .OrderBy(o => o.FireAt)
            .ThenBy(o => o.Stage)
            .ToList();
    }

    /// <summary>The next <paramref name="count"/> occurrences strictly after <paramref name="after"/>.</summary>
    public static IReadOnlyList<Occurrence> Next(
        ScheduleDefinition schedule, WorkingCalendar calendar, IReadOnlyCollection<DateOnly> deadlines, DateTimeOffset after, int count, IReadOnlyCollection<MovedCutOff>? moved = null)
    {
        var result = new List<Occurrence>();
        for (var years = 1; years <= 8 && result.Count < count; years *= 2)
        {
            result = Between(schedule, calendar, deadlines, after, after.AddYears(years), moved).Take(count).ToList();
        }

        return result;
    }

    private static IEnumerable<Occurrence> All(ScheduleDefinition schedule, WorkingCalendar calendar, IReadOnlyCollection<DateOnly> deadlines, int firstYear, int lastYear) =>
        schedule.Kind switch
        {
            ScheduleKind.Monthly => Periodic(schedule, calendar, PeriodKind.Month, firstYear, lastYear),
            ScheduleKind.Quarterly => Periodic(schedule, calendar, PeriodKind.Quarter, firstYear, lastYear),
            ScheduleKind.Annual => Periodic(schedule, calendar, PeriodKind.Year, firstYear, lastYear),
            ScheduleKind.Dialogue => Notices(schedule, calendar, PeriodKind.HalfYear, firstYear, lastYear, workingDaysBefore: schedule.ReminderWorkingDaysBefore),
            ScheduleKind.OfficeRollup => Notices(schedule, calendar, PeriodKind.Quarter, firstYear, lastYear, workingDaysBefore: 0),
            ScheduleKind.Deadline => Deadlines(schedule, calendar, deadlines),
            ScheduleKind.YearEnd => YearEnd(schedule, calendar, deadlines),
            ScheduleKind.Digest => Digests(schedule, calendar, firstYear, lastYear),
            _ => [],
        };

    /// <summary>An admin's rule: its own fire dates, each reporting for the period it falls in; follow-ups and escalations stay on the cut-offs.</summary>
    private static IEnumerable<Occurrence> Custom(ScheduleDefinition schedule, WorkingCalendar calendar, PeriodKind kind, DateTimeOffset after, DateTimeOffset until, int firstYear, int lastYear)
    {
        var stage = schedule.Kind is ScheduleKind.Dialogue or ScheduleKind.OfficeRollup or ScheduleKind.Digest ? ReminderStage.OfficeNotice : ReminderStage.Reminder;
        foreach (var fireAt in CustomRule.FireTimes(schedule, calendar, after, until))
        {
            var day = DateOnly.FromDateTime(VietnamTime.ToLocal(fireAt).DateTime);
            var period = ReportingPeriods.Containing(kind, day);
            yield return new Occurrence(fireAt, stage, $"{period.Key}/{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}", period.End, period);
        }

        if (stage == ReminderStage.Reminder)
        {
            foreach (var occurrence in Periodic(schedule, calendar, kind, firstYear, lastYear).Where(o => o.Stage != ReminderStage.Reminder))
            {
                yield return occurrence;
            }
        }
    }

    private static IEnumerable<Occurrence> Periodic(ScheduleDefinition schedule, WorkingCalendar calendar, PeriodKind kind, int firstYear, int lastYear)
    {
        foreach (var period in Periods(kind, firstYear, lastYear))
        {
            yield return At(schedule, calendar.AddWorkingDays(period.End, -schedule.ReminderWorkingDaysBefore), ReminderStage.Reminder, $"{period.Key}/reminder", period.End, period);
            if (schedule.FollowUpWorkingDaysBefore is { } followUp)
            {
                yield return At(schedule, calendar.AddWorkingDays(period.End, -followUp), ReminderStage.FollowUp, $"{period.Key}/follow-up", period.End, period);
            }

            if (schedule.EscalationWorkingDaysAfter is { } escalation)
            {
                yield return At(schedule, calendar.AddWorkingDays(period.End, escalation), ReminderStage.Escalation, $"{period.Key}/escalation", period.End, period);
            }
        }
    }

    /// <summary>
    /// The reminder, follow-up and escalation of a task schedule around each moved cut-off, as around the cut-offs of its
    /// own periods or deadlines, and none before the cut-off was moved.
    /// </summary>
    private static IEnumerable<Occurrence> Moved(ScheduleDefinition schedule, WorkingCalendar calendar, IEnumerable<MovedCutOff> moved)
    {
        foreach (var cutOff in moved)
        {
            var key = $"{cutOff.ReportPeriodKey}/moved-{cutOff.CutOff.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
            var occurrences = new List<(DateOnly Day, ReminderStage Stage, string Name)>();
            if (schedule.Kind is ScheduleKind.Monthly or ScheduleKind.Quarterly or ScheduleKind.Annual)
            {
                occurrences.Add((calendar.AddWorkingDays(cutOff.CutOff, -schedule.ReminderWorkingDaysBefore), ReminderStage.Reminder, "reminder"));
                if (schedule.FollowUpWorkingDaysBefore is { } followUp)
                {
                    occurrences.Add((calendar.AddWorkingDays(cutOff.CutOff, -followUp), ReminderStage.FollowUp, "follow-up"));
                }
            }
            else if (schedule.Kind == ScheduleKind.Deadline)
            {
                var offsets = schedule.DeadlineOffsets();
                occurrences.AddRange(offsets.Select(days => (
                    calendar.OnOrBeforeWorkingDay(cutOff.CutOff.AddDays(-days)),
                    days == offsets.Min() ? ReminderStage.FollowUp : ReminderStage.Reminder,
                    string.Create(CultureInfo.InvariantCulture, $"T-{days}"))));
            }
            else
            {
                continue;
            }

            if (schedule.EscalationWorkingDaysAfter is { } escalation)
            {
                occurrences.Add((calendar.AddWorkingDays(cutOff.CutOff, escalation), ReminderStage.Escalation, "escalation"));
            }

            foreach (var (day, stage, name) in occurrences)
            {
                var occurrence = At(schedule, day, stage, $"{key}/{name}", cutOff.CutOff, cutOff.Period) with { MovedKey = cutOff.ReportPeriodKey };
                if (occurrence.FireAt > cutOff.Since)
                {
                    yield return occurrence;
                }
            }
        }
    }

    private static IEnumerable<Occurrence> Notices(ScheduleDefinition schedule, WorkingCalendar calendar, PeriodKind kind, int firstYear, int lastYear, int workingDaysBefore) =>
        Periods(kind, firstYear, lastYear).Select(period =>
        {
            var day = workingDaysBefore == 0 ? calendar.OnOrBeforeWorkingDay(period.End) : calendar.AddWorkingDays(period.End, -workingDaysBefore);
            return At(schedule, day, ReminderStage.OfficeNotice, period.Key, period.End, period);
        });

    private static IEnumerable<Occurrence> Deadlines(ScheduleDefinition schedule, WorkingCalendar calendar, IReadOnlyCollection<DateOnly> deadlines)
    {
        foreach (var deadline in deadlines.Distinct())
        {
            var key = deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            foreach (var days in schedule.DeadlineOffsets())
            {
                var stage = days == schedule.DeadlineOffsets().Min() ? ReminderStage.FollowUp : ReminderStage.Reminder;
                yield return At(schedule, calendar.OnOrBeforeWorkingDay(deadline.AddDays(-days)), stage, $"{key}/T-{days}", deadline, null);
            }

            if (schedule.EscalationWorkingDaysAfter is { } escalation)
            {
                yield return At(schedule, calendar.AddWorkingDays(deadline, escalation), ReminderStage.Escalation, $"{key}/escalation", deadline, null);
            }
        }
    }

    private static IEnumerable<Occurrence> YearEnd(ScheduleDefinition schedule, WorkingCalendar calendar, IReadOnlyCollection<DateOnly> deadlines) =>
        deadlines.Distinct().Select(deadline => At(
            schedule,
            calendar.AddWorkingDays(deadline, -schedule.ReminderWorkingDaysBefore),
            ReminderStage.OfficeNotice,
            $"{deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}/year-end",
            deadline,
            null));

    /// <summary>
    /// The digest: each Monday that is a working day within <see cref="ScheduleDefinition.ReminderWorkingDaysBefore"/>
    /// working days before a quarter's cut-off, and each monthly cut-off (the quarter's among them), moved back to a
    /// working day. A Monday that is also a cut-off day gives one digest.
    /// </summary>
    private static IEnumerable<Occurrence> Digests(ScheduleDefinition schedule, WorkingCalendar calendar, int firstYear, int lastYear)
    {
        foreach (var quarter in Periods(PeriodKind.Quarter, firstYear, lastYear))
        {
            var cutOffDays = ReportingPeriods.InYear(PeriodKind.Month, quarter.Year)
                .Where(m => quarter.Contains(m.End))
                .Select(m => calendar.OnOrBeforeWorkingDay(m.End))
                .ToHashSet();
            var windowOpens = calendar.AddWorkingDays(quarter.End, -schedule.ReminderWorkingDaysBefore);
            var mondays = Enumerable.Range(0, quarter.End.DayNumber - windowOpens.DayNumber + 1)
                .Select(windowOpens.AddDays)
                .Where(d => d.DayOfWeek == DayOfWeek.Monday && calendar.IsWorkingDay(d) && !cutOffDays.Contains(d));
            foreach (var day in mondays.Concat(cutOffDays).Order())
            {
                yield return At(schedule, day, ReminderStage.OfficeNotice, $"{quarter.Key}/digest/{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}", quarter.End, quarter);
            }
        }
    }

    private static IEnumerable<ReportingPeriod> Periods(PeriodKind kind, int firstYear, int lastYear) =>
        Enumerable.Range(firstYear, lastYear - firstYear + 1).SelectMany(year => ReportingPeriods.InYear(kind, year));

    private static Occurrence At(ScheduleDefinition schedule, DateOnly day, ReminderStage stage, string key, DateOnly cutOff, ReportingPeriod? period) =>
        new(VietnamTime.AtLocal(day, schedule.TimeOfDay), stage, key, cutOff, period);
}
