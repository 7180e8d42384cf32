using PciBot.Calendar;
using PciBot.Schedules;

namespace PciBot.Tests.Schedules;

public sealed class ScheduleRulesTests
{
    private static readonly WorkingCalendar Calendar = new();
    private static readonly ScheduleOptions Options = new();

    private static ScheduleDefinition Default(string key) =>
        DefaultSchedules.From(Options, DateTimeOffset.MinValue).Single(s => s.Key == key);

    private static IReadOnlyList<Occurrence> Year(string key, int year, params DateOnly[] deadlines) =>
        ScheduleRules.Between(
            Default(key),
            Calendar,
            deadlines,
            VietnamTime.AtLocal(new DateOnly(year, 1, 1), TimeOnly.MinValue).AddTicks(-1),
            VietnamTime.AtLocal(new DateOnly(year, 12, 31), new TimeOnly(23, 59)));

    public static TheoryData<string, int> SchedulesAndYears()
    {
        var data = new TheoryData<string, int>();
        foreach (var key in new[] { "monthly", "quarterly", "annual", "deadline", "dialogue", "office-rollup", "year-end", "digest" })
        {
            data.Add(key, 2023);
            data.Add(key, 2026);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SchedulesAndYears))]
    public void EveryFireTimeIsAWorkingDayAtEightInVietnam(string key, int year)
    {
        var occurrences = Year(key, year, new DateOnly(year, 12, 31));

        Assert.NotEmpty(occurrences);
        Assert.All(occurrences, o =>
        {
            var local = VietnamTime.ToLocal(o.FireAt);
            Assert.Equal(TimeSpan.FromHours(7), local.Offset);
            Assert.Equal(new TimeOnly(8, 0), TimeOnly.FromDateTime(local.DateTime));
            Assert.True(Calendar.IsWorkingDay(o.LocalDate), $"{key} fires on {o.LocalDate} which is not a working day");
        });
    }

    [Theory]
    [InlineData(2023)]
    [InlineData(2026)]
    public void MonthlyRemindsThreeWorkingDaysBeforeTheFourteenthThenFollowsUpThenEscalates(int year)
    {
        var occurrences = Year("monthly", year);

        var reminders = occurrences.Where(o => o.Stage == ReminderStage.Reminder).ToList();
        Assert.Equal(12, reminders.Count);
        Assert.All(reminders, r =>
        {
            Assert.Equal(14, r.CutOff.Day);
            Assert.InRange(WorkingDaysBetween(r.LocalDate, r.CutOff), 2, 3);
            Assert.True(r.Period!.Contains(r.LocalDate), "the reminder falls inside its own period");
        });
        Assert.Equal(12, occurrences.Count(o => o.Stage == ReminderStage.FollowUp));
        Assert.All(occurrences.Where(o => o.Stage == ReminderStage.Escalation), e => Assert.True(e.LocalDate > e.CutOff));
    }

    [Fact]
    public void QuarterlyRemindersOf2023FallBeforeEachQuarterCutOff()
    {
        var reminders = Year("quarterly", 2023).Where(o => o.Stage == ReminderStage.Reminder).ToList();

        Assert.Equal(["2023-Q1/reminder", "2023-Q2/reminder", "2023-Q3/reminder", "2023-Q4/reminder"], reminders.Select(r => r.PeriodKey));
        Assert.Equal(
            [new DateOnly(2023, 3, 9), new DateOnly(2023, 6, 9), new DateOnly(2023, 9, 11), new DateOnly(2023, 12, 11)],
            reminders.Select(r => r.LocalDate));
        Assert.Equal([new DateOnly(2023, 3, 14), new DateOnly(2023, 6, 14), new DateOnly(2023, 9, 14), new DateOnly(2023, 12, 14)], reminders.Select(r => r.CutOff));
    }

    [Fact]
    public void TheDeadlineOfTask8IsRemindedFourteenSevenAndOneDayBefore()
    {
        var deadline = new DateOnly(2023, 12, 31);

        var occurrences = Year("deadline", 2023, deadline).Concat(Year("deadline", 2024, deadline)).ToList();

        var dates = occurrences.Where(o => o.Stage != ReminderStage.Escalation).Select(o => (o.PeriodKey, o.LocalDate)).ToList();
        Assert.Equal(
            [("2023-12-31/T-14", new DateOnly(2023, 12, 15)), ("2023-12-31/T-7", new DateOnly(2023, 12, 22)), ("2023-12-31/T-1", new DateOnly(2023, 12, 29))],
            dates);
        var escalation = Assert.Single(occurrences, o => o.Stage == ReminderStage.Escalation);
        Assert.Equal(new DateOnly(2024, 1, 2), escalation.LocalDate);
    }

    [Fact]
    public void AReminderThatWouldFallOnTetMovesToTheLastWorkingDayBeforeIt()
    {
        // A deadline on the first working day after Tết 2026 puts T-7 on the first day of Tết (16 Feb).
        var deadline = new DateOnly(2026, 2, 23);

        var t7 = Year("deadline", 2026, deadline).Single(o => o.PeriodKey == "2026-02-23/T-7");

        Assert.Equal(new DateOnly(2026, 2, 13), t7.LocalDate);
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2026, 2, 16)));
    }

    [Fact]
    public void DialogueIsTwiceAYearAndTheRollupAtEachQuarterCutOff()
    {
        Assert.Equal(2, Year("dialogue", 2026).Count);
        var rollups = Year("office-rollup", 2026);
        Assert.Equal(4, rollups.Count);
        Assert.All(rollups, r => Assert.Equal(Calendar.OnOrBeforeWorkingDay(r.CutOff), r.LocalDate));
    }

    [Fact]
    public void TheYearEndReminderComesFiveWorkingDaysBeforeTheReportDeadline()
    {
        var occurrence = Assert.Single(Year("year-end", 2023, new DateOnly(2023, 12, 31)));

        Assert.Equal(new DateOnly(2023, 12, 25), occurrence.LocalDate);
        Assert.Equal(ReminderStage.OfficeNotice, occurrence.Stage);
    }

    [Fact]
    public void NextListsTheComingOccurrencesInOrder()
    {
        var after = VietnamTime.AtLocal(new DateOnly(2026, 11, 27), new TimeOnly(9, 0));

        var next = ScheduleRules.Next(Default("quarterly"), Calendar, [], after, 3);

        Assert.Equal(["2026-Q4/reminder", "2026-Q4/follow-up", "2026-Q4/escalation"], next.Select(n => n.PeriodKey));
        Assert.Equal(new DateOnly(2026, 12, 9), next[0].LocalDate);
    }

    private static int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (Calendar.IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }
}
