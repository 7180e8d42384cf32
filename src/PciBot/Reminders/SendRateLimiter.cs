namespace PciBot.Reminders;

/// <summary>
/// Paces sends to stay inside Teams' limits: per conversation N per second and M per 30 seconds, and a global
/// rate per app. A caller waits for its slot instead of being throttled; slots are handed out in order, and the
/// slot recorded for a conversation is the one the send really gets.
/// </summary>
internal sealed class SendRateLimiter(DispatchOptions options, TimeProvider clock)
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan HalfMinute = TimeSpan.FromSeconds(30);

    private readonly Dictionary<string, Window> conversations = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private readonly TimeSpan globalSpacing = TimeSpan.FromTicks(TimeSpan.TicksPerSecond / options.GlobalPerSecond);
    private DateTimeOffset nextGlobalSlot = DateTimeOffset.MinValue;

    public async Task WaitAsync(string conversationId, CancellationToken ct)
    {
        var delay = Reserve(conversationId) - clock.GetUtcNow();
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, clock, ct);
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

    private DateTimeOffset Reserve(string conversationId)
    {
        lock (gate)
        {
            var now = clock.GetUtcNow();
            var window = WindowOf(conversationId);
            while (window.Sent.Count > 0 && window.Sent.Peek() <= now - HalfMinute)
            {
                window.Sent.Dequeue();
            }

            var slot = Later(now, window.HeldUntil);
            var times = window.Sent.ToArray();
            if (times.Length >= options.PerConversationPer30Seconds)
            {
                slot = Later(slot, times[^options.PerConversationPer30Seconds] + HalfMinute);
            }

            if (times.Length >= options.PerConversationPerSecond)
            {
                slot = Later(slot, times[^options.PerConversationPerSecond] + Second);
            }

            slot = Later(slot, nextGlobalSlot);
            nextGlobalSlot = slot + globalSpacing;
            window.Sent.Enqueue(slot);
            if (window.Sent.Count == 1 && slot <= now && conversations.Count > 50_000)
            {
                PruneIdle(now);
            }

            return slot;
        }
    }

    private Window WindowOf(string conversationId)
    {
        if (!conversations.TryGetValue(conversationId, out var window))
        {
            window = new Window();
            conversations.Add(conversationId, window);
        }

        return window;
    }

    private void PruneIdle(DateTimeOffset now)
    {
        foreach (var (id, window) in conversations)
        {
            if (window.HeldUntil < now && (window.Sent.Count == 0 || window.Sent.Last() <= now - HalfMinute))
            {
                conversations.Remove(id);
            }
        }
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private sealed class Window
    {
        public Queue<DateTimeOffset> Sent { get; } = new();

        public DateTimeOffset HeldUntil { get; set; } = DateTimeOffset.MinValue;
    }
}
