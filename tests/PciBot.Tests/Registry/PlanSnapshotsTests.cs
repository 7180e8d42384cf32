using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using PciBot.Registry;

namespace PciBot.Tests.Registry;

public sealed class PlanSnapshotsTests : IDisposable
{
    private readonly FakeTimeProvider wallClock = new(new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero));
    private readonly PlanSnapshots snapshots;
    private int reads;
    private int backgroundReads;
    private int backgroundAttempts;
    private volatile bool failBackground;

    public PlanSnapshotsTests() => snapshots = new PlanSnapshots(wallClock, BackgroundReadAsync, NullLogger<PlanSnapshots>.Instance);

    public void Dispose() => snapshots.Dispose();

    [Fact]
    public async Task ACopyIsReadOnceAndServedUntilItsLifetimeEnds()
    {
        var (first, second) = await ReadTwiceAsync(PlanSnapshots.Lifetime - TimeSpan.FromSeconds(1));

        Assert.Same(first, second);
        Assert.Equal(1, reads);
        Assert.Equal(0, backgroundReads);
    }

    [Fact]
    public async Task AnExpiredCopyIsServedWhileANewOneIsReadInTheBackground()
    {
        var (first, stale) = await ReadTwiceAsync(PlanSnapshots.Lifetime);
        Assert.Same(first, stale);
        await WaitForAsync(() => Volatile.Read(ref backgroundReads) == 1);

        var fresh = await GetAsync();
        Assert.NotSame(first, fresh);
        Assert.Equal(1, reads);
        Assert.Equal(1, backgroundReads);
    }

    [Fact]
    public async Task ACopyOlderThanTheStaleLimitIsReadAgainBeforeAnswering()
    {
        var (first, next) = await ReadTwiceAsync(PlanSnapshots.StaleLimit);

        Assert.NotSame(first, next);
        Assert.Equal(2, reads);
        Assert.Equal(0, backgroundReads);
    }

    [Fact]
    public async Task AFailedBackgroundReadKeepsTheCopyAndIsTriedAgain()
    {
        failBackground = true;
        var (first, stale) = await ReadTwiceAsync(PlanSnapshots.Lifetime);

        Assert.Same(first, stale);
        await WaitForAsync(() => Volatile.Read(ref backgroundAttempts) == 1);
        failBackground = false;

        // Still the old copy, until a later question starts a read that succeeds.
        PlanSnapshot served;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        while (ReferenceEquals(served = await GetAsync(), first))
        {
            Assert.True(System.Diagnostics.Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(10), "No background read succeeded.");
            await Task.Delay(10);
        }

        Assert.Equal(1, reads);
        Assert.Equal(1, backgroundReads);
        Assert.True(backgroundAttempts >= 2);
    }

    [Fact]
    public async Task AChangeDropsTheCopyAtOnce()
    {
        var first = await GetAsync();
        snapshots.Invalidate();
        var second = await GetAsync();

        Assert.NotSame(first, second);
        Assert.Equal(2, reads);
    }

    [Fact]
    public async Task ACopyReadWhileTheRegistryChangedIsNotKept()
    {
        var raced = await snapshots.GetAsync(
            ct =>
            {
                snapshots.Invalidate();
                return ReadAsync(ct);
            },
            CancellationToken.None);
        var next = await GetAsync();

        Assert.NotSame(raced, next);
        Assert.Equal(2, reads);
    }

    [Fact]
    public async Task ManyReadersAtOnceReadTheRegistryOnce()
    {
        var copies = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => snapshots.GetAsync(SlowReadAsync, CancellationToken.None)));

        Assert.Equal(1, reads);
        Assert.All(copies, c => Assert.Same(copies[0], c));
    }

    private Task<PlanSnapshot> GetAsync() => snapshots.GetAsync(ReadAsync, CancellationToken.None);

    /// <summary>A copy, and another asked for <paramref name="apart"/> later.</summary>
    private async Task<(PlanSnapshot First, PlanSnapshot Next)> ReadTwiceAsync(TimeSpan apart)
    {
        var first = await GetAsync();
        wallClock.Advance(apart);
        return (first, await GetAsync());
    }

    private static async Task WaitForAsync(Func<bool> done)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        while (!done())
        {
            Assert.True(System.Diagnostics.Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(10), "The background read did not happen.");
            await Task.Delay(10);
        }
    }

    private async Task<PlanSnapshot> BackgroundReadAsync(CancellationToken ct)
    {
        await Task.Yield();
        Interlocked.Increment(ref backgroundAttempts);
        if (failBackground)
        {
            throw new InvalidOperationException("database unavailable");
        }

        Interlocked.Increment(ref backgroundReads);
        return new PlanSnapshot(null, []);
    }

    private Task<PlanSnapshot> ReadAsync(CancellationToken ct)
    {
        Interlocked.Increment(ref reads);
        return Task.FromResult(new PlanSnapshot(null, []));
    }

    private async Task<PlanSnapshot> SlowReadAsync(CancellationToken ct)
    {
        await Task.Delay(20, ct);
        return await ReadAsync(ct);
    }
}
