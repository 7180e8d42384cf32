namespace PciBot.Inbox;

internal static partial class InboxLog
{
    [LoggerMessage(EventId = 990, Level = LogLevel.Warning, Message = "Took over {Count} accepted messages that were not answered (at start: {AtStart})")]
    public static partial void TookOver(ILogger logger, int count, bool atStart);

    [LoggerMessage(EventId = 991, Level = LogLevel.Error, Message = "Could not look for unanswered messages; trying again at the next sweep")]
    public static partial void SweepFailed(ILogger logger, Exception exception);
}
