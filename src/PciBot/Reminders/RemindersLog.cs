namespace PciBot.Reminders;

internal static partial class RemindersLog
{
    [LoggerMessage(EventId = 400, Level = LogLevel.Information, Message = "Queued {Count} messages for schedule {Schedule} (fires after {After:o} up to {Until:o})")]
    public static partial void Queued(ILogger logger, int count, string schedule, DateTimeOffset after, DateTimeOffset until);

    [LoggerMessage(EventId = 401, Level = LogLevel.Information, Message = "Schedule {Schedule} was carried out by another planner at the same time")]
    public static partial void PlannerRaced(ILogger logger, string schedule);
}
