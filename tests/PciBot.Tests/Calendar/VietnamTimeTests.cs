using Microsoft.Extensions.Time.Testing;
using PciBot.Calendar;

namespace PciBot.Tests.Calendar;

public sealed class VietnamTimeTests
{
    [Fact]
    public void TheZoneIsSevenHoursAheadOfUtcAllYearRound()
    {
        Assert.Contains(VietnamTime.Zone.Id, new[] { VietnamTime.IanaZoneId, VietnamTime.WindowsZoneId });
        Assert.Equal(TimeSpan.FromHours(7), VietnamTime.Zone.GetUtcOffset(new DateTimeOffset(2024, 1, 15, 0, 0, 0, TimeSpan.Zero)));
        Assert.Equal(TimeSpan.FromHours(7), VietnamTime.Zone.GetUtcOffset(new DateTimeOffset(2024, 7, 15, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void TodayTurnsOverAtMidnightInHanoiNotAtMidnightUtc()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2023, 12, 31, 16, 59, 59, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2023, 12, 31), VietnamTime.Today(clock));

        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(new DateOnly(2024, 1, 1), VietnamTime.Today(clock));
    }

    [Fact]
    public void ToLocalKeepsTheInstantAndShowsHanoiTime()
    {
        var instant = new DateTimeOffset(2023, 12, 11, 1, 0, 0, TimeSpan.Zero);

        var local = VietnamTime.ToLocal(instant);

        Assert.Equal(instant, local);
        Assert.Equal(TimeSpan.FromHours(7), local.Offset);
        Assert.Equal(new DateTime(2023, 12, 11, 8, 0, 0), local.DateTime);
    }

    [Fact]
    public void AtLocalGivesTheInstantOfAHanoiWallClockTime()
    {
        var instant = VietnamTime.AtLocal(new DateOnly(2023, 12, 11), new TimeOnly(8, 0));

        Assert.Equal(new DateTimeOffset(2023, 12, 11, 1, 0, 0, TimeSpan.Zero), instant);
        Assert.Equal(TimeSpan.FromHours(7), instant.Offset);
    }

    [Fact]
    public void AnEarlyMorningReminderInHanoiIsStillThePreviousEveningInUtc()
    {
        var instant = VietnamTime.AtLocal(new DateOnly(2026, 2, 13), new TimeOnly(6, 30));

        Assert.Equal(new DateTime(2026, 2, 12, 23, 30, 0), instant.UtcDateTime);
        Assert.Equal(new DateOnly(2026, 2, 13), VietnamTime.Today(new FakeTimeProvider(instant)));
    }
}
