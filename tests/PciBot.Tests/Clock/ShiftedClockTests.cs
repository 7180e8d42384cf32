using Microsoft.Extensions.Time.Testing;
using PciBot.Clock;
using PciBot.Tests.Infrastructure;

namespace PciBot.Tests.Clock;

public sealed class ShiftedClockTests
{
    [Fact]
    public void StartsAtTheChosenMomentAndRunsFaster()
    {
        var real = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero));
        var start = new DateTimeOffset(2023, 12, 8, 8, 0, 0, TimeSpan.FromHours(7));
        var clock = new ShiftedTimeProvider(real, start, speed: 3600);

        Assert.Equal(start, clock.GetUtcNow());
        real.Advance(TimeSpan.FromSeconds(24));
        Assert.Equal(start.AddDays(1), clock.GetUtcNow());
    }

    [Fact]
    public void AClockMadeToWaitStandsAtItsStartUntilStarted()
    {
        var real = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero));
        var start = new DateTimeOffset(2023, 12, 11, 7, 30, 0, TimeSpan.FromHours(7));
        var clock = new ShiftedTimeProvider(real, start, speed: 480, startNow: false);

        real.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(start, clock.GetUtcNow());

        clock.Start();
        real.Advance(TimeSpan.FromSeconds(7.5));
        clock.Start();
        Assert.Equal(start.AddHours(1), clock.GetUtcNow());
    }

    [Fact]
    public async Task TimersShrinkWithTheSpeed()
    {
        var real = new FakeTimeProvider();
        var clock = new ShiftedTimeProvider(real, null, speed: 60);
        var delay = Task.Delay(TimeSpan.FromMinutes(1), clock);

        real.Advance(TimeSpan.FromSeconds(1));

        await delay.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(delay.IsCompletedSuccessfully);
    }

    [Fact]
    public void ATimerChangedLaterShrinksWithTheSpeedToo()
    {
        var real = new FakeTimeProvider();
        var clock = new ShiftedTimeProvider(real, null, speed: 480);
        var fired = 0;
        using var timer = clock.CreateTimer(_ => Interlocked.Increment(ref fired), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);

        // Two days of bot time are six real minutes at 480×.
        timer.Change(TimeSpan.FromDays(2), Timeout.InfiniteTimeSpan);
        real.Advance(TimeSpan.FromMinutes(5.9));
        Assert.Equal(0, fired);
        real.Advance(TimeSpan.FromMinutes(0.2));
        Assert.Equal(1, fired);
    }

    [Fact]
    public void AShiftedClockIsRefusedOutsideDevelopment()
    {
        var error = PciBotApp.StartFailure(new Dictionary<string, string?>
        {
            [PciBotApp.EnvironmentName] = "Production",
            ["Clock:StartAt"] = "2023-12-08T08:00:00+07:00",
            ["Bot:AppId"] = "8a3f2b91-5c1e-4d7a-9b0e-2f6c4d8e1a37",
            ["Bot:TenantId"] = "dbd822a2-303b-4cae-86fb-483ead4502c5",
            ["Bot:AppPassword"] = "not-a-real-secret",
            ["Bot:AllowUnauthenticated"] = "false",
        });

        Assert.Contains("Clock:StartAt and Clock:Speed shift the bot's clock", error, StringComparison.Ordinal);
    }
}
