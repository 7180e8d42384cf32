namespace PciBot.Messaging;

internal static partial class MessagingLog
{
    [LoggerMessage(EventId = 200, Level = LogLevel.Debug, Message = "Answered in a {ConversationType} conversation as activity {ActivityId}")]
    public static partial void Answered(ILogger logger, string? conversationType, string? activityId);

    [LoggerMessage(EventId = 201, Level = LogLevel.Error, Message = "Could not answer a {ActivityType} activity in conversation {ConversationId}")]
    public static partial void AnswerFailed(ILogger logger, Exception exception, string? activityType, string? conversationId);
}
