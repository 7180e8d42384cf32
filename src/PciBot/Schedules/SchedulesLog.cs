namespace PciBot.Schedules;

internal static partial class SchedulesLog
{
    [LoggerMessage(EventId = 500, Level = LogLevel.Information, Message = "Schedule {Schedule} fires next at {NextFire:o}")]
    public static partial void Scheduled(ILogger logger, string schedule, DateTimeOffset nextFire);

    [LoggerMessage(EventId = 501, Level = LogLevel.Information, Message = "Schedule {Schedule} is paused or has nothing left to fire")]
    public static partial void NoNextFire(ILogger logger, string schedule);

    [LoggerMessage(EventId = 502, Level = LogLevel.Information, Message = "Created {Count} default schedules")]
    public static partial void DefaultsCreated(ILogger logger, int count);

    [LoggerMessage(EventId = 503, Level = LogLevel.Information, Message = "Schedule {Schedule} fired for {FireTime:o} on scheduler {Instance}")]
    public static partial void Fired(ILogger logger, string schedule, DateTimeOffset fireTime, string instance);
}
