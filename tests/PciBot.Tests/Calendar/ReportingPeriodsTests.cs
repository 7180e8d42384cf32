using System.Globalization;
using PciBot.Calendar;

namespace PciBot.Tests.Calendar;

public sealed class ReportingPeriodsTests
{
    [Theory]
    [InlineData(nameof(PeriodKind.Month), 2024, 1, "2023-12-15", "2024-01-14")]
    [InlineData(nameof(PeriodKind.Month), 2024, 3, "2024-02-15", "2024-03-14")]
    [InlineData(nameof(PeriodKind.Month), 2023, 12, "2023-11-15", "2023-12-14")]
    [InlineData(nameof(PeriodKind.Quarter), 2024, 1, "2023-12-15", "2024-03-14")]
    [InlineData(nameof(PeriodKind.Quarter), 2023, 2, "2023-03-15", "2023-06-14")]
    [InlineData(nameof(PeriodKind.Quarter), 2023, 4, "2023-09-15", "2023-12-14")]
    [InlineData(nameof(PeriodKind.HalfYear), 2024, 1, "2023-12-15", "2024-06-14")]
    [InlineData(nameof(PeriodKind.HalfYear), 2024, 2, "2024-06-15", "2024-12-14")]
    [InlineData(nameof(PeriodKind.Year), 2024, 1, "2023-12-15", "2024-12-14")]
    public void APeriodRunsFromTheFifteenthToTheFourteenthOfItsLastMonth(string kind, int year, int number, string start, string end)
    {
        var period = ReportingPeriods.Of(Kind(kind), year, number);

        Assert.Equal(Date(start), period.Start);
        Assert.Equal(Date(end), period.End);
    }

    [Theory]
    [InlineData("2023-12-14", nameof(PeriodKind.Month), "2023-M12")]
    [InlineData("2023-12-15", nameof(PeriodKind.Month), "2024-M01")]
    [InlineData("2023-12-20", nameof(PeriodKind.Month), "2024-M01")]
    [InlineData("2023-12-14", nameof(PeriodKind.Quarter), "2023-Q4")]
    [InlineData("2023-12-15", nameof(PeriodKind.Quarter), "2024-Q1")]
    [InlineData("2023-12-20", nameof(PeriodKind.Quarter), "2024-Q1")]
    [InlineData("2024-03-14", nameof(PeriodKind.Quarter), "2024-Q1")]
    [InlineData("2024-03-15", nameof(PeriodKind.Quarter), "2024-Q2")]
    [InlineData("2024-01-01", nameof(PeriodKind.Quarter), "2024-Q1")]
    [InlineData("2023-12-20", nameof(PeriodKind.HalfYear), "2024-H1")]
    [InlineData("2024-06-14", nameof(PeriodKind.HalfYear), "2024-H1")]
    [InlineData("2024-06-15", nameof(PeriodKind.HalfYear), "2024-H2")]
    [InlineData("2024-12-14", nameof(PeriodKind.HalfYear), "2024-H2")]
    [InlineData("2023-12-14", nameof(PeriodKind.Year), "2023")]
    [InlineData("2023-12-15", nameof(PeriodKind.Year), "2024")]
    [InlineData("2023-12-20", nameof(PeriodKind.Year), "2024")]
    [InlineData("2023-12-31", nameof(PeriodKind.Year), "2024")]
    public void ADayFromTheFifteenthOnBelongsToThePeriodOfTheFollowingMonth(string date, string kind, string expectedKey)
    {
        var period = ReportingPeriods.Containing(Kind(kind), Date(date));

        Assert.Equal(expectedKey, period.Key);
        Assert.True(period.Contains(Date(date)));
    }

    [Theory]
    [InlineData(nameof(PeriodKind.Month), 2023, 12, "Tháng 12/2023", "December 2023")]
    [InlineData(nameof(PeriodKind.Month), 2024, 1, "Tháng 1/2024", "January 2024")]
    [InlineData(nameof(PeriodKind.Quarter), 2023, 4, "Quý IV/2023", "Q4 2023")]
    [InlineData(nameof(PeriodKind.Quarter), 2024, 1, "Quý I/2024", "Q1 2024")]
    [InlineData(nameof(PeriodKind.Quarter), 2024, 3, "Quý III/2024", "Q3 2024")]
    [InlineData(nameof(PeriodKind.HalfYear), 2023, 1, "6 tháng đầu năm 2023", "H1 2023")]
    [InlineData(nameof(PeriodKind.HalfYear), 2023, 2, "6 tháng cuối năm 2023", "H2 2023")]
    [InlineData(nameof(PeriodKind.Year), 2023, 1, "Năm 2023", "Year 2023")]
    public void PeriodsAreLabelledAsVietnameseReportsNameThem(string kind, int year, int number, string vi, string en)
    {
        var period = ReportingPeriods.Of(Kind(kind), year, number);

        Assert.Equal(vi, CalendarTexts.Vietnamese.PeriodLabel(period));
        Assert.Equal(en, CalendarTexts.English.PeriodLabel(period));
    }

    [Fact]
    public void NextAndPreviousCrossTheYear()
    {
        var q4 = ReportingPeriods.Of(PeriodKind.Quarter, 2023, 4);
        var january = ReportingPeriods.Of(PeriodKind.Month, 2024, 1);

        Assert.Equal(ReportingPeriods.Of(PeriodKind.Quarter, 2024, 1), ReportingPeriods.Next(q4));
        Assert.Equal(q4, ReportingPeriods.Previous(ReportingPeriods.Next(q4)));
        Assert.Equal(ReportingPeriods.Of(PeriodKind.Month, 2023, 12), ReportingPeriods.Previous(january));
        Assert.Equal(ReportingPeriods.Of(PeriodKind.Year, 2024, 1), ReportingPeriods.Next(ReportingPeriods.Of(PeriodKind.Year, 2023, 1)));
        Assert.Equal(ReportingPeriods.Of(PeriodKind.HalfYear, 2023, 2), ReportingPeriods.Previous(ReportingPeriods.Of(PeriodKind.HalfYear, 2024, 1)));
    }

    [Theory]
    [InlineData(nameof(PeriodKind.Month), 12)]
    [InlineData(nameof(PeriodKind.Quarter), 4)]
    [InlineData(nameof(PeriodKind.HalfYear), 2)]
    [InlineData(nameof(PeriodKind.Year), 1)]
    public void ThePeriodsOfAYearCoverItsReportingYearWithoutGapsOrOverlaps(string kind, int count)
    {
        var periods = ReportingPeriods.InYear(Kind(kind), 2024);

        Assert.Equal(count, periods.Count);
        Assert.Equal(Enumerable.Range(1, count), periods.Select(period => period.Number));
        Assert.Equal(new DateOnly(2023, 12, 15), periods[0].Start);
        Assert.Equal(new DateOnly(2024, 12, 14), periods[^1].End);
        Assert.All(periods.Zip(periods.Skip(1)), pair => Assert.Equal(pair.First.End.AddDays(1), pair.Second.Start));
    }

    [Theory]
    [InlineData(nameof(PeriodKind.Month))]
    [InlineData(nameof(PeriodKind.Quarter))]
    [InlineData(nameof(PeriodKind.HalfYear))]
    [InlineData(nameof(PeriodKind.Year))]
    public void EveryDayBelongsToExactlyThePeriodReachedByWalkingForward(string kind)
    {
        var period = ReportingPeriods.Containing(Kind(kind), new DateOnly(2020, 1, 1));

        for (var date = new DateOnly(2020, 1, 1); date <= new DateOnly(2030, 12, 31); date = date.AddDays(1))
        {
            if (date > period.End)
            {
                var next = ReportingPeriods.Next(period);
                Assert.Equal(period.End.AddDays(1), next.Start);
                period = next;
            }

            Assert.Equal(period, ReportingPeriods.Containing(Kind(kind), date));
        }
    }

    [Theory]
    [InlineData(nameof(PeriodKind.Month), 13)]
    [InlineData(nameof(PeriodKind.Quarter), 0)]
    [InlineData(nameof(PeriodKind.Quarter), 5)]
    [InlineData(nameof(PeriodKind.HalfYear), 3)]
    [InlineData(nameof(PeriodKind.Year), 2)]
    public void ANumberBeyondTheYearIsRejected(string kind, int number)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriods.Of(Kind(kind), 2024, number));
    }

    [Theory]
    [InlineData("2023-Q4")]
    [InlineData("2024-M01")]
    [InlineData("2024-M12")]
    [InlineData("2024-H2")]
    [InlineData("2024")]
    public void KeysParseBackToTheirPeriod(string key)
    {
        Assert.True(ReportingPeriods.TryParse(key, out var period));
        Assert.Equal(key, period.Key);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2024-M1")]
    [InlineData("2024-M13")]
    [InlineData("2024-Q5")]
    [InlineData("2024-Q")]
    [InlineData("2024-X1")]
    [InlineData("Q4-2023")]
    [InlineData("02024")]
    [InlineData("2024-Q1-x")]
    [InlineData(" 2024")]
    public void MalformedKeysAreRejected(string? key)
    {
        Assert.False(ReportingPeriods.TryParse(key, out var period));
        Assert.Null(period);
    }

    private static PeriodKind Kind(string name) => Enum.Parse<PeriodKind>(name);

    private static DateOnly Date(string value) => DateOnly.Parse(value, CultureInfo.InvariantCulture);
}
