namespace PciBot.Reminders;

/// <summary>
/// Teams counts requests in real seconds, whatever the bot's business clock says (tests fix it, demos shift it),
/// so rate limiting and polling run on this clock.
/// </summary>
internal sealed class RateLimitClock(TimeProvider time)
{
    public TimeProvider Time { get; } = time;
}
