namespace PciBot.Digests;

internal static partial class DigestsLog
{
    [LoggerMessage(EventId = 950, Level = LogLevel.Information, Message = "Office button {Verb} refused for {AadObjectId}: not Office staff or an admin")]
    public static partial void Refused(ILogger logger, string verb, string? aadObjectId);

    [LoggerMessage(EventId = 951, Level = LogLevel.Information, Message = "Reminder of task {TaskId} sent again to unit {UnitId}: {Queued} queued, by person {PersonId}")]
    public static partial void Nudged(ILogger logger, int? taskId, int? unitId, int queued, int personId);
}
