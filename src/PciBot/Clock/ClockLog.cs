namespace PciBot.Clock;

internal static partial class ClockLog
{
    [LoggerMessage(EventId = 900, Level = LogLevel.Warning, Message = "Demo clock: the bot believes it is {Now:o} and time runs {Speed}x")]
    public static partial void Shifted(ILogger logger, DateTimeOffset now, double speed);
}
