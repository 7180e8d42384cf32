namespace PciBot.Outbox;

/// <summary>Wakes the dispatcher as soon as something is queued, instead of at its next poll.</summary>
internal sealed class DispatchSignal : IDisposable
{
    private readonly SemaphoreSlim signal = new(0, 1);

    public void Notify()
    {
        if (signal.CurrentCount == 0)
        {
            try
            {
                signal.Release();
            }
            catch (SemaphoreFullException)
            {
            }
        }
    }

    public void Dispose() => signal.Dispose();

    public async Task WaitAsync(TimeSpan timeout, TimeProvider clock, CancellationToken ct)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var wait = signal.WaitAsync(cts.Token);
        var delay = Task.Delay(timeout, clock, cts.Token);
        await Task.WhenAny(wait, delay);
        await cts.CancelAsync();
        ct.ThrowIfCancellationRequested();
    }
}
