namespace PciBot.Outbox;

internal static partial class OutboxLog
{
    [LoggerMessage(EventId = 410, Level = LogLevel.Debug, Message = "Outbox message {Id} ({Kind}) sent after {Attempts} attempts")]
    public static partial void Sent(ILogger logger, long id, OutboxKind kind, int attempts);

    [LoggerMessage(EventId = 411, Level = LogLevel.Warning, Message = "Outbox message {Id} will be retried (attempt {Attempts}) in {Wait}: {Error}")]
    public static partial void WillRetry(ILogger logger, long id, int attempts, TimeSpan wait, string error);

    [LoggerMessage(EventId = 412, Level = LogLevel.Error, Message = "Outbox message {Id} failed for good after {Attempts} attempts: {Error}")]
    public static partial void Failed(ILogger logger, long id, int attempts, string error);

    [LoggerMessage(EventId = 413, Level = LogLevel.Warning, Message = "Outbox message {Id} cannot be delivered: {Reason}")]
    public static partial void Unreachable(ILogger logger, long id, string reason);

    [LoggerMessage(EventId = 414, Level = LogLevel.Error, Message = "A dispatch round failed; the outbox is tried again at the next round")]
    public static partial void DispatchRoundFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 415, Level = LogLevel.Warning, Message = "Outbox message {Id} ({Kind}) was posted but no answer came ({Reason}); it is not posted again, so it cannot arrive twice")]
    public static partial void Unconfirmed(ILogger logger, long id, OutboxKind kind, string reason);

    [LoggerMessage(EventId = 416, Level = LogLevel.Error, Message = "Outbox message {Id} could not be prepared for sending; it is tried again later")]
    public static partial void SendFailed(ILogger logger, long id, Exception exception);

    [LoggerMessage(EventId = 417, Level = LogLevel.Warning, Message = "Outbox message {Id} was being posted when its dispatcher stopped; it is not posted again, so it cannot arrive twice")]
    public static partial void Interrupted(ILogger logger, long id);

    [LoggerMessage(EventId = 418, Level = LogLevel.Error, Message = "Sending to recipient {Recipient} failed; its messages are taken up again when their claim runs out")]
    public static partial void GroupFailed(ILogger logger, string recipient, Exception exception);

    [LoggerMessage(EventId = 419, Level = LogLevel.Error, Message = "The feature could not be told that outbox message {Id} may not have arrived")]
    public static partial void UndeliveredFailed(ILogger logger, long id, Exception exception);

    [LoggerMessage(EventId = 420, Level = LogLevel.Information, Message = "Installing the app for person {PersonId} through Graph: {Outcome}")]
    public static partial void AppInstall(ILogger logger, int personId, Graph.GraphInstallOutcome outcome);
}
