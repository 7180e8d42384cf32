using Microsoft.Extensions.Logging;

namespace PciBot.BotFramework.Connector;

internal static partial class ConnectorLog
{
    [LoggerMessage(EventId = 1200, Level = LogLevel.Debug,
        Message = "Bot Connector {Operation} answered {StatusCode}; X-Correlating-OperationId {CorrelatingOperationId}")]
    public static partial void Answered(ILogger logger, string operation, int statusCode, string? correlatingOperationId);

    [LoggerMessage(EventId = 1201, Level = LogLevel.Warning,
        Message = "Bot Connector {Operation} failed with {StatusCode} {ErrorCode}; X-Correlating-OperationId {CorrelatingOperationId}")]
    public static partial void Failed(ILogger logger, string operation, int statusCode, string? errorCode, string? correlatingOperationId);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Warning,
        Message = "Retrying a Bot Connector {Method} after {StatusCode}{ExceptionType} in {Delay} (retry {Retry})")]
    public static partial void Retrying(ILogger logger, string? method, int? statusCode, string? exceptionType, TimeSpan delay, int retry);

    [LoggerMessage(EventId = 1203, Level = LogLevel.Warning,
        Message = "Bot Connector {Operation} succeeded but its answer could not be read")]
    public static partial void UnreadableAnswer(ILogger logger, string operation, Exception exception);
}
