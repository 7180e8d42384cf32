namespace PciBot.Updates;

internal static partial class UpdatesLog
{
    [LoggerMessage(EventId = 600, Level = LogLevel.Information, Message = "Stored update {UpdateId} for task {TaskId}, unit {UnitId}, period {PeriodKey} as number {Sequence} (contribution: {IsContribution})")]
    public static partial void Stored(ILogger logger, long updateId, int taskId, int unitId, string periodKey, int sequence, bool isContribution);

    [LoggerMessage(EventId = 601, Level = LogLevel.Information, Message = "Submit for task {TaskId}, unit {UnitId}, period {PeriodKey} repeats update {UpdateId}; not stored again")]
    public static partial void Duplicate(ILogger logger, int taskId, int unitId, string periodKey, long updateId);

    [LoggerMessage(EventId = 602, Level = LogLevel.Debug, Message = "Another update for task {TaskId}, unit {UnitId}, period {PeriodKey} was stored first (attempt {Attempt}); reading the line again")]
    public static partial void Raced(ILogger logger, Exception exception, int taskId, int unitId, string periodKey, int attempt);

    [LoggerMessage(EventId = 603, Level = LogLevel.Warning, Message = "Refused {Verb} on task {TaskId}, unit {UnitId}, period {PeriodKey} by Entra object {AadObjectId}: {Reason}")]
    public static partial void Refused(ILogger logger, string verb, int? taskId, int? unitId, string? periodKey, string? aadObjectId, string reason);

    [LoggerMessage(EventId = 604, Level = LogLevel.Information, Message = "Snoozed task {TaskId}, unit {UnitId} for person {PersonId} until {DueAt}")]
    public static partial void Snoozed(ILogger logger, int taskId, int unitId, int personId, DateTimeOffset dueAt);

    [LoggerMessage(EventId = 605, Level = LogLevel.Information, Message = "Queued request {RequestId} for more time on task {TaskId}, unit {UnitId} until {Until} to {Recipients} Office recipients")]
    public static partial void ExtensionQueued(ILogger logger, long requestId, int taskId, int unitId, DateOnly until, int recipients);

    [LoggerMessage(EventId = 606, Level = LogLevel.Information, Message = "Request {RequestId} for more time on task {TaskId}, unit {UnitId} {Decision} (until {Until}) by person {PersonId}")]
    public static partial void Decided(ILogger logger, long requestId, ExtensionStatus decision, int taskId, int unitId, DateOnly? until, int personId);

    [LoggerMessage(EventId = 607, Level = LogLevel.Warning, Message = "Refused {Verb} on request {RequestId} for more time by Entra object {AadObjectId}: {Reason}")]
    public static partial void DecisionRefused(ILogger logger, string verb, long? requestId, string? aadObjectId, string reason);
}
