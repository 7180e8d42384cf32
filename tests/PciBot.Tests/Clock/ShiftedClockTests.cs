using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
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
    public async Task AShiftedClockIsRefusedOutsideDevelopment()
    {
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseContentRoot(RepositoryRoot.Path);
            builder.UseSetting("Clock:StartAt", "2023-12-08T08:00:00+07:00");
            builder.UseSetting("Database:SqlitePath", Path.Combine(Path.GetTempPath(), "pcibot-tests", Guid.NewGuid().ToString("N"), "db.sqlite"));
            builder.UseSetting("Seed:Directory", RepositoryRoot.Seeds);
            builder.UseSetting("Bot:AppId", "");
        });

        var error = Assert.ThrowsAny<Exception>(() => factory.Services.GetRequiredService<IOptions<ClockOptions>>().Value);
        Assert.Contains("Clock:StartAt", error.ToString(), StringComparison.Ordinal);
    }
}
