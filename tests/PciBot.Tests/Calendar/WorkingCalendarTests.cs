using System.Globalization;
using PciBot.Calendar;

namespace PciBot.Tests.Calendar;

public sealed class WorkingCalendarTests
{
    private static readonly WorkingCalendar Defaults = new();

    [Theory]
    [InlineData("2026-02-13", true)]
    [InlineData("2026-02-14", false)]
    [InlineData("2026-02-16", false)]
    [InlineData("2026-02-20", false)]
    [InlineData("2026-02-23", true)]
    [InlineData("2026-04-27", false)]
    [InlineData("2026-04-28", true)]
    [InlineData("2023-05-03", false)]
    [InlineData("2023-05-04", true)]
    public void WeekdaysAreWorkingDaysExceptHolidaysAndMakeUpDays(string date, bool expected)
    {
        Assert.Equal(expected, Defaults.IsWorkingDay(DateOnly.Parse(date, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void AReminderDueOnTetMovesToTheLastWorkingDayBeforeTet()
    {
        Assert.Equal(new DateOnly(2026, 2, 13), Defaults.OnOrBeforeWorkingDay(new DateOnly(2026, 2, 17)));
    }

    [Fact]
    public void AWorkingDayStaysWhereItIs()
    {
        Assert.Equal(new DateOnly(2026, 3, 13), Defaults.OnOrBeforeWorkingDay(new DateOnly(2026, 3, 13)));
        Assert.Equal(new DateOnly(2026, 3, 13), Defaults.OnOrAfterWorkingDay(new DateOnly(2026, 3, 13)));
    }

    [Fact]
    public void MovingBackCrossesIntoThePreviousYear()
    {
        Assert.Equal(new DateOnly(2022, 12, 30), Defaults.OnOrBeforeWorkingDay(new DateOnly(2023, 1, 2)));
    }

    [Fact]
    public void MovingForwardSkipsTheWholeTetBreak()
    {
        Assert.Equal(new DateOnly(2026, 2, 23), Defaults.OnOrAfterWorkingDay(new DateOnly(2026, 2, 14)));
    }

    [Theory]
    [InlineData("2026-02-13", 1, "2026-02-23")]
    [InlineData("2026-02-23", -1, "2026-02-13")]
    [InlineData("2026-02-14", 1, "2026-02-23")]
    [InlineData("2026-02-14", -1, "2026-02-13")]
    [InlineData("2026-03-16", -3, "2026-03-11")]
    [InlineData("2026-03-11", 3, "2026-03-16")]
    [InlineData("2026-04-24", 1, "2026-04-28")]
    [InlineData("2026-02-17", 0, "2026-02-17")]
    [InlineData("2025-12-31", 2, "2026-01-05")]
    public void AddingWorkingDaysCountsOnlyWorkingDays(string start, int workingDays, string expected)
    {
        var culture = CultureInfo.InvariantCulture;

        Assert.Equal(DateOnly.Parse(expected, culture), Defaults.AddWorkingDays(DateOnly.Parse(start, culture), workingDays));
    }

    [Fact]
    public void AnAnnouncedExtraDayOffIsNotAWorkingDay()
    {
        var calendar = new WorkingCalendar(extraDaysOff: [new DateOnly(2026, 2, 13)], extraWorkingDays: []);

        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 2, 13)));
        Assert.Equal(new DateOnly(2026, 2, 12), calendar.OnOrBeforeWorkingDay(new DateOnly(2026, 2, 17)));
    }

    [Fact]
    public void ASaturdayDeclaredWorkingIsAWorkingDay()
    {
        var calendar = new WorkingCalendar(extraDaysOff: [], extraWorkingDays: [new DateOnly(2026, 2, 28)]);

        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 2, 28)));
        Assert.Equal(new DateOnly(2026, 2, 28), calendar.AddWorkingDays(new DateOnly(2026, 2, 27), 1));
        Assert.Equal(new DateOnly(2026, 2, 28), calendar.OnOrBeforeWorkingDay(new DateOnly(2026, 3, 1)));
    }

    [Fact]
    public void AComputedHolidayDeclaredWorkingIsAWorkingDay()
    {
        var calendar = new WorkingCalendar(extraDaysOff: [new DateOnly(2026, 9, 3)], extraWorkingDays: [new DateOnly(2026, 9, 1)]);

        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 9, 1)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 9, 3)));
        Assert.DoesNotContain(calendar.NonWorkingDays(2026), day => day.Date == new DateOnly(2026, 9, 1));
        Assert.Equal([new DateOnly(2026, 9, 1)], calendar.SwappedWorkingDays(2026));
    }

    [Fact]
    public void ADayCannotBeBothAnExtraDayOffAndAnExtraWorkingDay()
    {
        var day = new DateOnly(2026, 2, 28);

        Assert.Throws<ArgumentException>(() => new WorkingCalendar(extraDaysOff: [day], extraWorkingDays: [day]));
    }

    [Fact]
    public void TheDaysOffOf2026AreListedWithTheirNamesWithoutPlainWeekends()
    {
        var days = Defaults.NonWorkingDays(2026);

        Assert.Equal(
            [
                (new DateOnly(2026, 1, 1), HolidayKind.PublicHoliday, "Tết Dương lịch"),
                (new DateOnly(2026, 2, 16), HolidayKind.Tet, "Tết Nguyên đán (29 tháng Chạp)"),
                (new DateOnly(2026, 2, 17), HolidayKind.Tet, "Tết Nguyên đán (mùng 1)"),
                (new DateOnly(2026, 2, 18), HolidayKind.Tet, "Tết Nguyên đán (mùng 2)"),
                (new DateOnly(2026, 2, 19), HolidayKind.Tet, "Tết Nguyên đán (mùng 3)"),
                (new DateOnly(2026, 2, 20), HolidayKind.Tet, "Tết Nguyên đán (mùng 4)"),
                (new DateOnly(2026, 4, 26), HolidayKind.PublicHoliday, "Giỗ Tổ Hùng Vương (10/3 Âm lịch)"),
                (new DateOnly(2026, 4, 27), HolidayKind.Compensatory, "Nghỉ bù Giỗ Tổ Hùng Vương (10/3 Âm lịch)"),
                (new DateOnly(2026, 4, 30), HolidayKind.PublicHoliday, "Ngày Chiến thắng"),
                (new DateOnly(2026, 5, 1), HolidayKind.PublicHoliday, "Ngày Quốc tế Lao động"),
                (new DateOnly(2026, 9, 1), HolidayKind.PublicHoliday, "Quốc khánh (ngày nghỉ liền kề)"),
                (new DateOnly(2026, 9, 2), HolidayKind.PublicHoliday, "Quốc khánh"),
            ],
            days.Select(day => (day.Date, day.Kind, CalendarTexts.Vietnamese.Name(day))));
        Assert.Equal("Hung Kings' Commemoration Day", CalendarTexts.English.Name(days[6]));
        Assert.Empty(Defaults.SwappedWorkingDays(2026));
    }

    [Fact]
    public void TheListingOf2026IncludesAnnouncedWeekdaysOffAndLeavesOutWeekendsAndSwappedDays()
    {
        var calendar = new WorkingCalendar(
            extraDaysOff: [new DateOnly(2026, 2, 13), new DateOnly(2026, 2, 14), new DateOnly(2026, 2, 23)],
            extraWorkingDays: [new DateOnly(2026, 2, 28)]);

        var days = calendar.NonWorkingDays(2026);

        var announced = days.Where(day => day.Kind == HolidayKind.ExtraDayOff).ToList();
        Assert.Equal([new DateOnly(2026, 2, 13), new DateOnly(2026, 2, 23)], announced.Select(day => day.Date));
        Assert.All(announced, day => Assert.Equal(("Ngày nghỉ theo thông báo", "Announced day off"), (CalendarTexts.Vietnamese.Name(day), CalendarTexts.English.Name(day))));
        Assert.Equal(14, days.Count);
        Assert.Equal([new DateOnly(2026, 2, 28)], calendar.SwappedWorkingDays(2026));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 2, 14)));
    }

    [Fact]
    public void AnAdministratorsHolidayListReplacesTheComputedOne()
    {
        var calendar = new WorkingCalendar(
            year => [Holiday.Named(new DateOnly(year, 3, 8), "Ngày Quốc tế Phụ nữ", HolidayKind.PublicHoliday)],
            extraDaysOff: [],
            extraWorkingDays: []);

        Assert.False(calendar.IsWorkingDay(new DateOnly(2027, 3, 8)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2027, 2, 8)));
        Assert.Equal([new DateOnly(2027, 3, 8)], calendar.NonWorkingDays(2027).Select(day => day.Date));
    }

    [Fact]
    public void EachYearIsWorkedOutOnceHoweverOftenItIsAskedAbout()
    {
        var computations = new List<int>();
        var calendar = new WorkingCalendar(
            year =>
            {
                computations.Add(year);
                return VietnamPublicHolidays.ForYear(year);
            },
            extraDaysOff: [],
            extraWorkingDays: []);

        for (var round = 0; round < 3; round++)
        {
            for (var date = new DateOnly(2026, 1, 1); date.Year == 2026; date = date.AddDays(1))
            {
                _ = calendar.IsWorkingDay(date);
                _ = calendar.OnOrBeforeWorkingDay(date);
            }
        }

        Assert.Equal([2025, 2026], computations.Order());
    }
}
