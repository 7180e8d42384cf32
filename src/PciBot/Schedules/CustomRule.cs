using System.Globalization;
using PciBot.Calendar;
using PciBot.Kit;
using Quartz;

namespace PciBot.Schedules;

/// <summary>An admin's own rule for a schedule: reading and checking what was typed, and the fire times it gives.</summary>
internal static class CustomRule
{
    /// <summary>At most this many fire times are worked out per question, so a cron firing every second cannot flood the planner.</summary>
    private const int MaxFireTimes = 2000;

    /// <summary>The reporting period a schedule's reminders are for; null for schedules that follow deadlines, which keep the plan's rule.</summary>
    public static PeriodKind? PeriodOf(ScheduleKind kind) => kind switch
    {
        ScheduleKind.Monthly => PeriodKind.Month,
        ScheduleKind.Quarterly or ScheduleKind.OfficeRollup or ScheduleKind.Digest => PeriodKind.Quarter,
        ScheduleKind.Annual => PeriodKind.Year,
        ScheduleKind.Dialogue => PeriodKind.HalfYear,
        _ => null,
    };

    public static IEnumerable<DateTimeOffset> FireTimes(ScheduleDefinition schedule, WorkingCalendar calendar, DateTimeOffset after, DateTimeOffset until)
    {
        var first = DateOnly.FromDateTime(VietnamTime.ToLocal(after).DateTime).AddDays(-40);
        var last = DateOnly.FromDateTime(VietnamTime.ToLocal(until).DateTime).AddDays(1);
        IEnumerable<DateTimeOffset> times = schedule.Rule switch
        {
            ScheduleRuleKind.MonthlyDay when DayOfMonth(schedule.RuleValue) is { } day => Months(first, last)
                .Select(m => calendar.OnOrBeforeWorkingDay(new DateOnly(m.Year, m.Month, Math.Min(day, DateTime.DaysInMonth(m.Year, m.Month)))))
                .Select(d => VietnamTime.AtLocal(d, schedule.TimeOfDay)),
            ScheduleRuleKind.QuarterlyOffset when WorkingDays(schedule.RuleValue) is { } days => Enumerable.Range(first.Year, last.Year - first.Year + 1)
                .SelectMany(year => ReportingPeriods.InYear(PeriodKind.Quarter, year))
                .Select(q => days == 0 ? calendar.OnOrBeforeWorkingDay(q.End) : calendar.AddWorkingDays(q.End, -days))
                .Select(d => VietnamTime.AtLocal(d, schedule.TimeOfDay)),
            ScheduleRuleKind.Weekly when Weekday(schedule.RuleValue) is { } weekday => Days(first, last)
                .Where(d => d.DayOfWeek == weekday && calendar.IsWorkingDay(d))
                .Select(d => VietnamTime.AtLocal(d, schedule.TimeOfDay)),
            ScheduleRuleKind.Cron when Cron(schedule.RuleValue, out var cron, out _) => CronTimes(cron!, after, until),
            _ => [],
        };
        return times.Where(t => t > after && t <= until).Distinct().Order().Take(MaxFireTimes);
    }

    public static int? DayOfMonth(string? value) =>
        int.TryParse(value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31 ? day : null;

    public static int? WorkingDays(string? value) =>
        int.TryParse(value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days is >= 0 and <= 60 ? days : null;

    /// <summary>"thứ 2" … "thứ 7", "chủ nhật"/"CN", "T2", the English names or their first three letters.</summary>
    public static DayOfWeek? Weekday(string? value)
    {
        var text = TextNormalizer.Normalize(value).Replace(" ", "", StringComparison.Ordinal);
        return text switch
        {
            "thu2" or "thuhai" or "t2" or "2" or "monday" or "mon" => DayOfWeek.Monday,
            "thu3" or "thuba" or "t3" or "3" or "tuesday" or "tue" => DayOfWeek.Tuesday,
            "thu4" or "thutu" or "t4" or "4" or "wednesday" or "wed" => DayOfWeek.Wednesday,
            "thu5" or "thunam" or "t5" or "5" or "thursday" or "thu" => DayOfWeek.Thursday,
            "thu6" or "thusau" or "t6" or "6" or "friday" or "fri" => DayOfWeek.Friday,
            "thu7" or "thubay" or "t7" or "7" or "saturday" or "sat" => DayOfWeek.Saturday,
            "chunhat" or "cn" or "sunday" or "sun" => DayOfWeek.Sunday,
            _ => null,
        };
    }

    /// <summary>A Quartz cron expression in Vietnam time that fires at most once an hour; the reason when it is not.</summary>
    public static bool Cron(string? value, out CronExpression? cron, out string? reason)
    {
        cron = null;
        reason = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            reason = "empty";
            return false;
        }

        try
        {
            cron = new CronExpression(value.Trim(), VietnamTime.Zone);
        }
        catch (FormatException e)
        {
            reason = e.Message;
            return false;
        }

        var start = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var previous = cron.GetNextValidTimeAfter(start);
        if (previous is null)
        {
            reason = "never fires";
            cron = null;
            return false;
        }

        for (var i = 0; i < 10 && cron.GetNextValidTimeAfter(previous.Value) is { } next; i++, previous = next)
        {
            if (next - previous.Value < TimeSpan.FromHours(1))
            {
                reason = "fires more than once an hour";
                cron = null;
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<DateTimeOffset> CronTimes(CronExpression cron, DateTimeOffset after, DateTimeOffset until)
    {
        for (var next = cron.GetNextValidTimeAfter(after); next is { } time && time <= until; next = cron.GetNextValidTimeAfter(time))
        {
            yield return time;
        }
    }

    private static IEnumerable<DateOnly> Days(DateOnly first, DateOnly last)
    {
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            yield return day;
        }
    }

    private static IEnumerable<DateOnly> Months(DateOnly first, DateOnly last)
    {
        for (var month = new DateOnly(first.Year, first.Month, 1); month <= last; month = month.AddMonths(1))
        {
            yield return month;
        }
    }
}
