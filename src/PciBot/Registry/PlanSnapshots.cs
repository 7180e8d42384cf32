using PciBot.BotFramework.Connector;

namespace PciBot.Registry;

/// <summary>
/// The current plan and the units as every question reads them, kept in memory instead of read again each time: a
/// plan of thousands of tasks takes far longer to read than to answer from. A change to the registry saved through
/// this process drops the copy at once (see <see cref="RegistryChangeInterceptor"/>); a change saved by another
/// instance is seen after <see cref="Lifetime"/> at the latest. The objects are shared: readers must not change them.
/// </summary>
internal sealed class PlanSnapshots([FromKeyedServices(ConnectorOptions.ClockKey)] TimeProvider wallClock) : IDisposable
{
    /// <summary>How long a copy is trusted without a change seen in this process.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim loading = new(1, 1);
    private long version;
    private Snapshot? current;

    public void Invalidate() => Interlocked.Increment(ref version);

    /// <summary>The copy in memory if it is still good, else a new one from <paramref name="read"/> (one reader at a time).</summary>
    public async Task<PlanSnapshot> GetAsync(Func<CancellationToken, Task<PlanSnapshot>> read, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (Fresh() is { } known)
        {
            return known;
        }

        await loading.WaitAsync(ct);
        try
        {
            if (Fresh() is { } loaded)
            {
                return loaded;
            }

            var before = Interlocked.Read(ref version);
            var snapshot = await read(ct);

            // Kept only if nothing changed while it was being read; otherwise the next question reads again.
            if (Interlocked.Read(ref version) == before)
            {
                Volatile.Write(ref current, new Snapshot(before, wallClock.GetUtcNow(), snapshot));
            }

            return snapshot;
        }
        finally
        {
            loading.Release();
        }
    }

    public void Dispose() => loading.Dispose();

    private PlanSnapshot? Fresh() =>
        Volatile.Read(ref current) is { } held && held.Version == Interlocked.Read(ref version) && wallClock.GetUtcNow() - held.ReadAt < Lifetime
            ? held.Content
            : null;

    private sealed record Snapshot(long Version, DateTimeOffset ReadAt, PlanSnapshot Content);
}
