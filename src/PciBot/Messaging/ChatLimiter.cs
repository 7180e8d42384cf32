using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using PciBot.BotFramework.Connector;

namespace PciBot.Messaging;

/// <summary>
/// A token bucket per person, so that one person's flood cannot fill the queue everybody's answers wait in. It counts
/// real seconds (the connector's clock), not the business clock a demo speeds up.
/// </summary>
internal sealed class ChatLimiter(IOptions<ChatLimitOptions> options, [FromKeyedServices(ConnectorOptions.ClockKey)] TimeProvider clock)
{
    private const int PruneAbove = 10_000;

    private readonly ConcurrentDictionary<string, Bucket> buckets = new(StringComparer.Ordinal);
    private readonly double burst = options.Value.Burst;
    private readonly double perSecond = options.Value.PerMinute / 60d;

    public ChatAllowance Take(string person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var now = clock.GetTimestamp();
        if (buckets.Count > PruneAbove)
        {
            Prune(now);
        }

        var bucket = buckets.GetOrAdd(person, _ => new Bucket(burst, now));
        lock (bucket)
        {
            bucket.Refill(now, clock, burst, perSecond);
            if (bucket.Tokens >= 1)
            {
                bucket.Tokens -= 1;
                bucket.Warned = false;
                return ChatAllowance.Answer;
            }

            if (bucket.Warned)
            {
                return ChatAllowance.Drop;
            }

            bucket.Warned = true;
            return ChatAllowance.SlowDown;
        }
    }

    private void Prune(long now)
    {
        foreach (var (person, bucket) in buckets)
        {
            lock (bucket)
            {
                bucket.Refill(now, clock, burst, perSecond);
                if (bucket.Tokens >= burst)
                {
                    buckets.TryRemove(person, out _);
                }
            }
        }
    }

    private sealed class Bucket(double tokens, long at)
    {
        public double Tokens { get; set; } = tokens;

        public bool Warned { get; set; }

        private long At { get; set; } = at;

        public void Refill(long now, TimeProvider clock, double burst, double perSecond)
        {
            Tokens = Math.Min(burst, Tokens + (clock.GetElapsedTime(At, now).TotalSeconds * perSecond));
            At = now;
        }
    }
}
