namespace PciBot.Outbox;

/// <summary>
/// Paces sends to stay inside Teams' limits: per conversation N per second and M per 30 seconds, and a global rate
/// per app. A caller takes the conversation's turn, so one call at a time goes to a conversation (retries included:
/// nothing else reaches it while the connector waits out a <c>Retry-After</c>), waits until the conversation may be
/// written to again, then for its place in the global pacing.
/// </summary>
internal sealed class SendRateLimiter(DispatchOptions options, TimeProvider clock)
{
    private const int PruneThreshold = 10_000;
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan HalfMinute = TimeSpan.FromSeconds(30);

    private readonly Dictionary<string, Window> conversations = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    /// <summary>
    /// Teams counts calls as they arrive, and a call leaves some milliseconds after its slot (threads, the connection),
    /// so calls paced exactly at the limit sometimes arrive N + 1 in a second. The pace leaves room for this much
    /// delay: N calls per (1 s + this), about 2.5 % under the limit.
    /// </summary>
    private static readonly TimeSpan ArrivalJitter = TimeSpan.FromMilliseconds(25);

    private readonly TimeSpan globalWindow = Second + ArrivalJitter;
    private readonly TimeSpan globalSpacing = (Second + ArrivalJitter) / options.GlobalPerSecond;
    private readonly Queue<DateTimeOffset> admitted = new();
    private DateTimeOffset nextGlobalSlot = DateTimeOffset.MinValue;
    private int pruneAt = PruneThreshold;

    /// <summary>
    /// Waits for the turn of <paramref name="conversationId"/> and for a moment Teams accepts a call to it; the turn is
    /// the caller's until it disposes the result, which it does once the call has its answer.
    /// </summary>
    public async Task<IDisposable> TakeTurnAsync(string conversationId, CancellationToken ct)
    {
        Window window;
        lock (gate)
        {
            window = WindowOf(conversationId);
            window.Users++;
        }

        var turn = new Turn(this, window);
        try
        {
            await window.Gate.WaitAsync(ct);
            turn.Entered = true;

            // The conversation first, without holding a global slot meanwhile: one conversation that must wait does
            // not hold up the others.
            await DelayUntilAsync(ReadyAt(window), ct);
            var slot = ReserveGlobal();
            lock (gate)
            {
                window.Sent.Enqueue(slot);
            }

            await DelayUntilAsync(slot, ct);
            await AdmitAsync(ct);
            return turn;
        }
        catch
        {
            turn.Dispose();
            throw;
        }
    }

    /// <summary>Teams throttled this conversation anyway: nothing more goes to it before <paramref name="until"/>.</summary>
    public void Hold(string conversationId, DateTimeOffset until)
    {
        lock (gate)
        {
            var window = WindowOf(conversationId);
            window.HeldUntil = Later(window.HeldUntil, until);
        }
    }

    private DateTimeOffset ReadyAt(Window window)
    {
        lock (gate)
        {
            var now = clock.GetUtcNow();
            while (window.Sent.Count > 0 && window.Sent.Peek() <= now - HalfMinute)
            {
                window.Sent.Dequeue();
            }

            var ready = Later(now, window.HeldUntil);
            var times = window.Sent.ToArray();
            if (times.Length >= options.PerConversationPer30Seconds)
            {
                ready = Later(ready, times[^options.PerConversationPer30Seconds] + HalfMinute);
            }

            if (times.Length >= options.PerConversationPerSecond)
            {
                ready = Later(ready, times[^options.PerConversationPerSecond] + Second);
            }

            return ready;
        }
    }

    private DateTimeOffset ReserveGlobal()
    {
        lock (gate)
        {
            var slot = Later(clock.GetUtcNow(), nextGlobalSlot);
            nextGlobalSlot = slot + globalSpacing;
            return slot;
        }
    }

    /// <summary>
    /// The pace alone lets calls delayed together (a pause of the process) leave in a burst; this also keeps the calls
    /// actually let go within N per (1 s + jitter allowance).
    /// </summary>
    private async Task AdmitAsync(CancellationToken ct)
    {
        while (true)
        {
            DateTimeOffset wait;
            lock (gate)
            {
                var now = clock.GetUtcNow();
                while (admitted.Count > 0 && admitted.Peek() <= now - globalWindow)
                {
                    admitted.Dequeue();
                }

                if (admitted.Count < options.GlobalPerSecond)
                {
                    admitted.Enqueue(now);
                    return;
                }

                wait = admitted.Peek() + globalWindow;
            }

            await DelayUntilAsync(wait, ct);
        }
    }

    private async Task DelayUntilAsync(DateTimeOffset moment, CancellationToken ct)
    {
        // Timers run on coarse system ticks and may wake a little early; a call before its moment would be throttled.
        TimeSpan delay;
        while ((delay = moment - clock.GetUtcNow()) > TimeSpan.Zero)
        {
            await Task.Delay(delay, clock, ct);
        }
    }

    private Window WindowOf(string conversationId)
    {
        if (!conversations.TryGetValue(conversationId, out var window))
        {
            if (conversations.Count >= pruneAt)
            {
                PruneIdle(clock.GetUtcNow());
                pruneAt = Math.Max(PruneThreshold, conversations.Count * 2);
            }

            window = new Window();
            conversations.Add(conversationId, window);
        }

        return window;
    }

    private void PruneIdle(DateTimeOffset now)
    {
        foreach (var (id, window) in conversations)
        {
            if (window.Users == 0 && window.HeldUntil < now && (window.Sent.Count == 0 || window.Sent.Last() <= now - HalfMinute))
            {
                conversations.Remove(id);
                window.Gate.Dispose();
            }
        }
    }

    private void Leave(Window window, bool entered)
    {
        if (entered)
        {
            window.Gate.Release();
        }

        lock (gate)
        {
            window.Users--;
        }
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private sealed class Window
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        /// <summary>Callers holding or waiting for the turn; a window in use is never pruned.</summary>
        public int Users { get; set; }

        public Queue<DateTimeOffset> Sent { get; } = new();

        public DateTimeOffset HeldUntil { get; set; } = DateTimeOffset.MinValue;
    }

    private sealed class Turn(SendRateLimiter limiter, Window window) : IDisposable
    {
        private int disposed;

        public bool Entered { get; set; }

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                limiter.Leave(window, Entered);
            }
        }
    }
}
