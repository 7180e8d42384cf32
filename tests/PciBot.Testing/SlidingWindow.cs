using System.Diagnostics;

namespace PciBot.Testing;

/// <summary>The calls a limit has let through, as <see cref="Stopwatch"/> timestamps in order; not thread-safe.</summary>
internal sealed class SlidingWindow
{
    private readonly Queue<long> accepted = new();

    public static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);

    /// <summary>How long until one more call fits in <paramref name="limit"/> per <paramref name="span"/>; zero when it fits now.</summary>
    public TimeSpan WaitFor(long now, int limit, TimeSpan span)
    {
        var from = now - Ticks(span);
        var inside = accepted.Count(at => at > from);
        if (inside < limit)
        {
            return TimeSpan.Zero;
        }

        // One more fits once the oldest calls inside the window, down to this one, have left it.
        var leaving = accepted.Where(at => at > from).ElementAt(inside - limit);
        return Stopwatch.GetElapsedTime(now, leaving + Ticks(span));
    }

    public void Add(long now, TimeSpan keep)
    {
        var from = now - Ticks(keep);
        while (accepted.Count > 0 && accepted.Peek() <= from)
        {
            accepted.Dequeue();
        }

        accepted.Enqueue(now);
    }
}
