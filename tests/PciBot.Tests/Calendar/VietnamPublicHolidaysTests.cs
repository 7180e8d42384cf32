using System.Globalization;
using PciBot.Calendar;

namespace PciBot.Tests.Calendar;

public sealed class VietnamPublicHolidaysTests
{
    public static TheoryData<int, string[]> DaysOffByYear => new()
    {
        {
            2023,
            [
                "01-01 PublicHoliday", "01-02 Compensatory",
                "01-21 Tet", "01-22 Tet", "01-23 Tet", "01-24 Tet", "01-25 Tet", "01-26 Compensatory", "01-27 Compensatory",
                "04-29 PublicHoliday", "04-30 PublicHoliday", "05-01 PublicHoliday", "05-02 Compensatory", "05-03 Compensatory",
                "09-01 PublicHoliday", "09-02 PublicHoliday", "09-04 Compensatory",
            ]
        },
        {
            2024,
            [
                "01-01 PublicHoliday",
                "02-09 Tet", "02-10 Tet", "02-11 Tet", "02-12 Tet", "02-13 Tet", "02-14 Compensatory", "02-15 Compensatory",
                "04-18 PublicHoliday", "04-30 PublicHoliday", "05-01 PublicHoliday",
                "09-02 PublicHoliday", "09-03 PublicHoliday",
            ]
        },
        {
            2025,
            [
                "01-01 PublicHoliday",
                "01-28 Tet", "01-29 Tet", "01-30 Tet", "01-31 Tet", "02-01 Tet", "02-03 Compensatory",
                "04-07 PublicHoliday", "04-30 PublicHoliday", "05-01 PublicHoliday",
                "09-01 PublicHoliday", "09-02 PublicHoliday",
            ]
        },
        {
            2026,
            [
                "01-01 PublicHoliday",
                "02-16 Tet", "02-17 Tet", "02-18 Tet", "02-19 Tet", "02-20 Tet",
                "04-26 PublicHoliday", "04-27 Compensatory", "04-30 PublicHoliday", "05-01 PublicHoliday",
                "09-01 PublicHoliday", "09-02 PublicHoliday",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(DaysOffByYear))]
    public void TheYearHasTheLabourCodeHolidaysAndTheirMakeUpDaysInDateOrder(int year, string[] expected)
    {
        var actual = VietnamPublicHolidays.ForYear(year)
            .Select(holiday => $"{holiday.Date:MM-dd} {holiday.Kind}")
            .ToArray();

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void AHolidayOnSundayIsMadeUpAfterTheWholeBlockOfDaysOff()
    {
        var holidays = VietnamPublicHolidays.ForYear(2023);

        var madeUp = holidays.Where(holiday => holiday.Kind == HolidayKind.Compensatory && holiday.Date.Month == 5).ToList();

        Assert.Equal(DayOfWeek.Sunday, new DateOnly(2023, 4, 30).DayOfWeek);
        Assert.Equal(
            [(new DateOnly(2023, 5, 2), "Nghỉ bù Giỗ Tổ Hùng Vương (10/3 Âm lịch)"), (new DateOnly(2023, 5, 3), "Nghỉ bù Ngày Chiến thắng")],
            madeUp.Select(holiday => (holiday.Date, CalendarTexts.Vietnamese.Name(holiday))));
    }

    [Fact]
    public void TetDaysAreNamedAfterTheirLunarDay()
    {
        var tet = VietnamPublicHolidays.ForYear(2026).Where(holiday => holiday.Kind == HolidayKind.Tet).ToList();

        Assert.Equal(
            ["Tết Nguyên đán (29 tháng Chạp)", "Tết Nguyên đán (mùng 1)", "Tết Nguyên đán (mùng 2)", "Tết Nguyên đán (mùng 3)", "Tết Nguyên đán (mùng 4)"],
            tet.Select(CalendarTexts.Vietnamese.Name));
        Assert.Equal("Lunar New Year (Tết), day 1", CalendarTexts.English.Name(tet[1]));
    }

    [Fact]
    public void TetMadeUpDaysAreNamedAfterTet()
    {
        var madeUp = VietnamPublicHolidays.ForYear(2024).Where(holiday => holiday.Kind == HolidayKind.Compensatory).ToList();

        Assert.All(madeUp, holiday => Assert.Equal("Nghỉ bù Tết Nguyên đán", CalendarTexts.Vietnamese.Name(holiday)));
        Assert.All(madeUp, holiday => Assert.Equal("Day off in lieu of Lunar New Year (Tết)", CalendarTexts.English.Name(holiday)));
    }

    [Fact]
    public void HungKingsDayKeepsToTheOrdinaryThirdMonthWhenTheThirdMonthIsDoubled()
    {
        Assert.Equal(3, VietnameseLunarCalendar.LeapMonth(2031));

        var hungKings = VietnamPublicHolidays.ForYear(2031).Single(holiday => CalendarTexts.English.Name(holiday) == "Hung Kings' Commemoration Day");

        Assert.Equal(VietnameseLunarCalendar.ToGregorian(2031, 3, 10), hungKings.Date);
        Assert.True(hungKings.Date < VietnameseLunarCalendar.ToGregorian(2031, 3, 1, leapMonth: true));
    }

    [Theory]
    [InlineData(2023, "2023-09-01")]
    [InlineData(2024, "2024-09-03")]
    [InlineData(2025, "2025-09-01")]
    [InlineData(2027, "2027-09-01")]
    [InlineData(2029, "2029-09-03")]
    public void TheDayNextToNationalDayIsTheFirstOfSeptemberOnWeekdaysOtherwiseTheThird(int year, string expected)
    {
        var adjacent = VietnamPublicHolidays.ForYear(year).Single(holiday => CalendarTexts.English.Name(holiday) == "National Day (adjacent day off)");

        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), adjacent.Date);
    }

    [Fact]
    public void EveryYearOfTheSupportedRangeHasElevenHolidayDaysAndAWeekdayMadeUpForEachOneOnAWeekend()
    {
        for (var year = 1900; year <= 2199; year++)
        {
            var holidays = VietnamPublicHolidays.ForYear(year);
            var proper = holidays.Where(holiday => holiday.Kind != HolidayKind.Compensatory).ToList();
            var onWeekends = proper.Select(holiday => holiday.Date).Distinct().Count(IsWeekend);
            var madeUp = holidays.Where(holiday => holiday.Kind == HolidayKind.Compensatory).ToList();

            Assert.Equal(11, proper.Count);
            Assert.Equal(onWeekends, madeUp.Count);
            Assert.All(madeUp, holiday => Assert.False(IsWeekend(holiday.Date)));
            Assert.All(madeUp, holiday => Assert.Single(holidays, other => other.Date == holiday.Date));
        }
    }

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
