namespace PciBot.Messaging;

internal static partial class MessagingLog
{
    [LoggerMessage(EventId = 200, Level = LogLevel.Debug, Message = "Answered in a {ConversationType} conversation as activity {ActivityId}")]
    public static partial void Answered(ILogger logger, string? conversationType, string? activityId);

    [LoggerMessage(EventId = 201, Level = LogLevel.Error, Message = "Could not answer a {ActivityType} activity in conversation {ConversationId}")]
    public static partial void AnswerFailed(ILogger logger, Exception exception, string? activityType, string? conversationId);

    [LoggerMessage(EventId = 202, Level = LogLevel.Error, Message = "Could not carry out the card action {Verb}")]
    public static partial void CardActionFailed(ILogger logger, Exception exception, string verb);

    [LoggerMessage(EventId = 203, Level = LogLevel.Warning, Message = "Could not replace card {ActivityId} in conversation {ConversationId}")]
    public static partial void CardUpdateFailed(ILogger logger, Exception exception, string conversationId, string activityId);

    [LoggerMessage(EventId = 204, Level = LogLevel.Debug, Message = "Replaced the card after {Verb} as activity {ActivityId}")]
    public static partial void CardReplaced(ILogger logger, string verb, string activityId);

    [LoggerMessage(EventId = 205, Level = LogLevel.Warning, Message = "A person in conversation {ConversationId} sent messages faster than Messaging:ChatLimit allows; told to slow down")]
    public static partial void Flooding(ILogger logger, string? conversationId);

    [LoggerMessage(EventId = 206, Level = LogLevel.Debug, Message = "A message over the chat limit in conversation {ConversationId} was acknowledged and not queued")]
    public static partial void FloodDropped(ILogger logger, string? conversationId);

    [LoggerMessage(EventId = 207, Level = LogLevel.Information, Message = "An activity already received in conversation {ConversationId} was delivered again and not queued twice")]
    public static partial void Redelivered(ILogger logger, string? conversationId);

    [LoggerMessage(EventId = 208, Level = LogLevel.Warning, Message = "A message of conversation {ConversationId} was answered but could not be marked done; it may be answered again after a restart")]
    public static partial void NotMarkedDone(ILogger logger, Exception exception, string? conversationId);
}
