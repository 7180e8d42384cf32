using Microsoft.Extensions.Time.Testing;
using PciBot.Registry;

namespace PciBot.Tests.Registry;

public sealed class PlanSnapshotsTests : IDisposable
{
    private readonly FakeTimeProvider wallClock = new(new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero));
    private readonly PlanSnapshots snapshots;
    private int reads;

    public PlanSnapshotsTests() => snapshots = new PlanSnapshots(wallClock);

    public void Dispose() => snapshots.Dispose();

    [Fact]
    public async Task ACopyIsReadOnceAndServedUntilItsLifetimeEnds()
    {
        var first = await snapshots.GetAsync(ReadAsync, CancellationToken.None);
        wallClock.Advance(PlanSnapshots.Lifetime - TimeSpan.FromSeconds(1));
        var second = await snapshots.GetAsync(ReadAsync, CancellationToken.None);
        wallClock.Advance(TimeSpan.FromSeconds(1));
        var third = await snapshots.GetAsync(ReadAsync, CancellationToken.None);

        Assert.Same(first, second);
        Assert.NotSame(second, third);
        Assert.Equal(2, reads);
    }

    [Fact]
    public async Task AChangeDropsTheCopyAtOnce()
    {
        var first = await snapshots.GetAsync(ReadAsync, CancellationToken.None);
        snapshots.Invalidate();
        var second = await snapshots.GetAsync(ReadAsync, CancellationToken.None);

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
        var next = await snapshots.GetAsync(ReadAsync, CancellationToken.None);

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
