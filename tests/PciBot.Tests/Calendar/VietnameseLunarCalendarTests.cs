using System.Globalization;
using PciBot.Calendar;

namespace PciBot.Tests.Calendar;

public sealed class VietnameseLunarCalendarTests
{
    [Theory]
    [InlineData(1968, "1968-01-29")]
    [InlineData(1985, "1985-01-21")]
    [InlineData(2007, "2007-02-17")]
    [InlineData(2020, "2020-01-25")]
    [InlineData(2021, "2021-02-12")]
    [InlineData(2022, "2022-02-01")]
    [InlineData(2023, "2023-01-22")]
    [InlineData(2024, "2024-02-10")]
    [InlineData(2025, "2025-01-29")]
    [InlineData(2026, "2026-02-17")]
    [InlineData(2030, "2030-02-02")]
    [InlineData(2053, "2053-02-18")]
    public void TetFallsOnTheDateVietnamCelebratesIt(int lunarYear, string expected)
    {
        var tet = DateOnly.Parse(expected, CultureInfo.InvariantCulture);

        Assert.Equal(tet, VietnameseLunarCalendar.ToGregorian(lunarYear, 1, 1));
        Assert.Equal(new LunarDate(lunarYear, 1, 1, false), VietnameseLunarCalendar.FromGregorian(tet));
    }

    [Theory]
    [InlineData(1968, "1968-01-30")]
    [InlineData(1985, "1985-02-20")]
    [InlineData(2007, "2007-02-18")]
    [InlineData(2030, "2030-02-03")]
    [InlineData(2053, "2053-02-19")]
    public void ReckonedAtChinaTimeTheSameRulesGiveChinasNewYearInTheYearsTheCountriesDiffer(int lunarYear, string expected)
    {
        var china = new AstronomicalLunisolarCalendar(TimeSpan.FromHours(8));

        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), china.ToGregorian(lunarYear, 1, 1));
    }

    [Fact]
    public void ReckonedAtChinaTimeTheAlgorithmAgreesDayForDayWithDotNetsChineseCalendarFrom1929To2100()
    {
        // China reckoned at Beijing mean time (UTC+7:45:40) before 1929, hence the start. The new moon of
        // 2057-09-28 falls within seconds of midnight Beijing time (23:59:57 by this computation), closer than a
        // low-precision theory can decide, and .NET starts that month a day later; those 30 days are left out.
        // Vietnam is unaffected: at UTC+7 that new moon is an hour away from midnight.
        var china = new AstronomicalLunisolarCalendar(TimeSpan.FromHours(8));
        var reference = new ChineseLunisolarCalendar();
        var disputedMonth = (new DateOnly(2057, 9, 28), new DateOnly(2057, 10, 27));
        var mismatches = new List<DateOnly>();

        for (var date = new DateOnly(1929, 1, 1); date <= new DateOnly(2100, 12, 31); date = date.AddDays(1))
        {
            if (date >= disputedMonth.Item1 && date <= disputedMonth.Item2)
            {
                continue;
            }

            var moment = date.ToDateTime(TimeOnly.MinValue);
            var year = reference.GetYear(moment);
            var month = reference.GetMonth(moment);
            var leapMonth = reference.GetLeapMonth(year);
            var expected = new LunarDate(
                year,
                leapMonth > 0 && month >= leapMonth ? month - 1 : month,
                reference.GetDayOfMonth(moment),
                month == leapMonth);

            if (china.FromGregorian(date) != expected)
            {
                mismatches.Add(date);
            }
        }

        Assert.Empty(mismatches);
    }

    [Theory]
    [InlineData(2023, "2023-04-29")]
    [InlineData(2024, "2024-04-18")]
    [InlineData(2025, "2025-04-07")]
    [InlineData(2026, "2026-04-26")]
    public void TheTenthDayOfTheThirdMonthFallsOnTheKnownHungKingsDay(int lunarYear, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), VietnameseLunarCalendar.ToGregorian(lunarYear, 3, 10));
    }

    [Theory]
    [InlineData(1985, 2)]
    [InlineData(2020, 4)]
    [InlineData(2023, 2)]
    [InlineData(2025, 6)]
    [InlineData(2028, 5)]
    [InlineData(2033, 11)]
    public void LeapYearsHaveTheirLeapMonthAfterTheMonthOfTheSameNumber(int lunarYear, int leapMonth)
    {
        Assert.Equal(leapMonth, VietnameseLunarCalendar.LeapMonth(lunarYear));
        Assert.True(
            VietnameseLunarCalendar.ToGregorian(lunarYear, leapMonth, 1, leapMonth: true)
            > VietnameseLunarCalendar.ToGregorian(lunarYear, leapMonth, 1));
    }

    [Theory]
    [InlineData(2021)]
    [InlineData(2022)]
    [InlineData(2024)]
    [InlineData(2026)]
    public void CommonYearsHaveNoLeapMonth(int lunarYear)
    {
        Assert.Null(VietnameseLunarCalendar.LeapMonth(lunarYear));
    }

    [Theory]
    [InlineData("2023-03-22", 2023, 2, 1, true)]
    [InlineData("2023-04-19", 2023, 2, 29, true)]
    [InlineData("2023-04-20", 2023, 3, 1, false)]
    [InlineData("2020-05-23", 2020, 4, 1, true)]
    [InlineData("2025-07-25", 2025, 6, 1, true)]
    [InlineData("2025-09-06", 2025, 7, 15, false)]
    [InlineData("2024-09-17", 2024, 8, 15, false)]
    [InlineData("2024-02-09", 2023, 12, 30, false)]
    [InlineData("2026-02-16", 2025, 12, 29, false)]
    public void KnownDaysConvertBothWays(string gregorian, int year, int month, int day, bool leap)
    {
        var date = DateOnly.Parse(gregorian, CultureInfo.InvariantCulture);

        Assert.Equal(new LunarDate(year, month, day, leap), VietnameseLunarCalendar.FromGregorian(date));
        Assert.Equal(date, VietnameseLunarCalendar.ToGregorian(year, month, day, leap));
    }

    [Fact]
    public void EveryDayFrom1990To2060SurvivesARoundTripAndFollowsTheDayBefore()
    {
        var previous = VietnameseLunarCalendar.FromGregorian(new DateOnly(1989, 12, 31));

        for (var date = new DateOnly(1990, 1, 1); date <= new DateOnly(2060, 12, 31); date = date.AddDays(1))
        {
            var lunar = VietnameseLunarCalendar.FromGregorian(date);

            Assert.Equal(date, VietnameseLunarCalendar.ToGregorian(lunar.Year, lunar.Month, lunar.Day, lunar.IsLeapMonth));
            if (lunar.Day == 1)
            {
                Assert.InRange(previous.Day, 29, 30);
                Assert.Equal(VietnameseLunarCalendar.DaysInMonth(previous.Year, previous.Month, previous.IsLeapMonth), previous.Day);
            }
            else
            {
                Assert.Equal(previous with { Day = previous.Day + 1 }, lunar);
            }

            previous = lunar;
        }
    }

    [Fact]
    public void EveryYearOfTheSupportedRangeHasTwelveOrThirteenMonthsAndTetInLateJanuaryOrFebruary()
    {
        for (var year = 1900; year <= 2199; year++)
        {
            var tet = VietnameseLunarCalendar.ToGregorian(year, 1, 1);
            var nextTet = VietnameseLunarCalendar.ToGregorian(year + 1, 1, 1);
            var length = nextTet.DayNumber - tet.DayNumber;
            var isLeapYear = VietnameseLunarCalendar.LeapMonth(year) is not null;

            Assert.InRange(tet, new DateOnly(year, 1, 20), new DateOnly(year, 2, 21));
            Assert.InRange(length, isLeapYear ? 383 : 353, isLeapYear ? 385 : 355);
        }
    }

    [Fact]
    public void AskingForALeapMonthTheYearDoesNotHaveIsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToGregorian(2024, 2, 1, leapMonth: true));
    }

    [Fact]
    public void ADayBeyondTheLengthOfTheMonthIsRejected()
    {
        var shortMonth = VietnameseLunarCalendar.DaysInMonth(2025, 12);

        Assert.Equal(29, shortMonth);
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToGregorian(2025, 12, 30));
    }

    [Fact]
    public void DatesOutsideTheSupportedRangeAreRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.FromGregorian(new DateOnly(1899, 12, 31)));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.FromGregorian(new DateOnly(2201, 1, 1)));
        Assert.Equal(new LunarDate(1899, 12, 1, false), VietnameseLunarCalendar.FromGregorian(new DateOnly(1900, 1, 1)));
    }
}
