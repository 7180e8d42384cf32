namespace PciBot.Outbox;

/// <summary>
/// Teams counts requests in real seconds, whatever the bot's business clock says (tests fix it, demos shift it),
/// so rate limiting, polling, claim leases and retry waits run on this clock: the connector client's.
/// </summary>
internal sealed class RateLimitClock(TimeProvider time)
{
    public TimeProvider Time { get; } = time;
}
