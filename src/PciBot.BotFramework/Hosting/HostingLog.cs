using Microsoft.Extensions.Logging;

namespace PciBot.BotFramework.Hosting;

internal static partial class HostingLog
{
    [LoggerMessage(EventId = 1300, Level = LogLevel.Debug, Message = "Received a {ActivityType} activity {ActivityId} from channel {ChannelId}")]
    public static partial void Received(ILogger logger, string? activityType, string? activityId, string? channelId);

    [LoggerMessage(EventId = 1301, Level = LogLevel.Warning, Message = "Rejected an inbound bot request with {StatusCode}: {Reason}")]
    public static partial void Rejected(ILogger logger, int statusCode, string reason);

    [LoggerMessage(EventId = 1302, Level = LogLevel.Error, Message = "The activity handler failed on a {ActivityType} activity {ActivityId}")]
    public static partial void HandlerFailed(ILogger logger, string? activityType, string? activityId, Exception exception);

    [LoggerMessage(EventId = 1303, Level = LogLevel.Debug, Message = "The channel closed the request while the {ActivityType} activity {ActivityId} was handled")]
    public static partial void RequestAborted(ILogger logger, string? activityType, string? activityId);

    [LoggerMessage(EventId = 1304, Level = LogLevel.Error, Message = "The activity handler answered invoke {InvokeName} with the invalid status {Status}")]
    public static partial void InvalidInvokeStatus(ILogger logger, string? invokeName, int status);

    [LoggerMessage(EventId = 1305, Level = LogLevel.Warning, Message = "The activity handler did not answer invoke {InvokeName}; answering 501")]
    public static partial void InvokeNotHandled(ILogger logger, string? invokeName);
}
