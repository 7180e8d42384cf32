namespace PciBot.Registry;

/// <summary>
/// The current plan and the units as every question reads them, kept in memory instead of read again each time: a
/// plan of thousands of tasks takes far longer to read than to answer from. A change to the registry saved through
/// this process drops the copy at once (see <see cref="RegistryChangeInterceptor"/>). A change saved by another
/// instance is seen after <see cref="Lifetime"/>: an older copy is still served while a new one is read in the
/// background, so no question waits for that read, up to <see cref="StaleLimit"/>, after which the next question
/// waits for a new copy. The objects are shared: readers must not change them.
/// </summary>
internal sealed class PlanSnapshots : IDisposable
{
    /// <summary>How long a copy is trusted without a change seen in this process.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    /// <summary>How old a copy may be and still be served while a new one is read.</summary>
    public static readonly TimeSpan StaleLimit = TimeSpan.FromMinutes(5);

    private readonly TimeProvider wallClock;
    private readonly Func<CancellationToken, Task<PlanSnapshot>> readInBackground;
    private readonly ILogger logger;
    private readonly SemaphoreSlim loading = new(1, 1);
    private readonly CancellationTokenSource stopping = new();
    private long version;
    private int refreshing;
    private Snapshot? current;

    /// <param name="wallClock">Real time, whatever the bot's business clock says.</param>
    /// <param name="readInBackground">Reads a new copy outside any request (its own database context).</param>
    /// <param name="logger">Where a failed background read is reported.</param>
    public PlanSnapshots(TimeProvider wallClock, Func<CancellationToken, Task<PlanSnapshot>> readInBackground, ILogger<PlanSnapshots> logger)
    {
        this.wallClock = wallClock;
        this.readInBackground = readInBackground;
        this.logger = logger;
    }

    public void Invalidate() => Interlocked.Increment(ref version);

    /// <summary>The copy in memory if it may still be served, else a new one from <paramref name="read"/> (one reader at a time).</summary>
    public async Task<PlanSnapshot> GetAsync(Func<CancellationToken, Task<PlanSnapshot>> read, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (Servable() is { } known)
        {
            return known;
        }

        await loading.WaitAsync(ct);
        try
        {
            return Servable() ?? await ReadAndKeepAsync(read, ct);
        }
        finally
        {
            loading.Release();
        }
    }

    public void Dispose()
    {
        stopping.Cancel();
        stopping.Dispose();
        loading.Dispose();
    }

    private async Task<PlanSnapshot> ReadAndKeepAsync(Func<CancellationToken, Task<PlanSnapshot>> read, CancellationToken ct)
    {
        var before = Interlocked.Read(ref version);
        var snapshot = await read(ct);

        // Kept only if nothing changed while it was being read; otherwise the next question reads again.
        if (Interlocked.Read(ref version) == before)
        {
            Volatile.Write(ref current, new Snapshot(before, wallClock.GetUtcNow(), snapshot));
        }

        return snapshot;
    }

    private PlanSnapshot? Servable()
    {
        if (Volatile.Read(ref current) is not { } held || held.Version != Interlocked.Read(ref version))
        {
            return null;
        }

        var age = wallClock.GetUtcNow() - held.ReadAt;
        if (age < Lifetime)
        {
            return held.Content;
        }

        if (age >= StaleLimit)
        {
            return null;
        }

        RefreshInBackground();
        return held.Content;
    }

    private void RefreshInBackground()
    {
        if (Interlocked.CompareExchange(ref refreshing, 1, 0) != 0)
        {
            return;
        }

        CancellationToken ct;
        try
        {
            ct = stopping.Token;
        }
        catch (ObjectDisposedException)
        {
            return;
        }

        _ = Task.Run(
            async () =>
            {
                try
                {
                    await loading.WaitAsync(ct);
                    try
                    {
                        await ReadAndKeepAsync(readInBackground, ct);
                    }
                    finally
                    {
                        loading.Release();
                    }
                }
                catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException && ct.IsCancellationRequested)
                {
                }
                catch (Exception e)
                {
                    RegistryLog.RefreshFailed(logger, e);
                }
                finally
                {
                    Volatile.Write(ref refreshing, 0);
                }
            },
            CancellationToken.None);
    }

    private sealed record Snapshot(long Version, DateTimeOffset ReadAt, PlanSnapshot Content);
}
