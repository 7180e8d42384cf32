namespace PciBot.Demo;

internal static partial class DemoLog
{
    [LoggerMessage(EventId = 960, Level = LogLevel.Information, Message = "Demo roster {File}: {People} people, {Added} added, {RolesGranted} roles granted")]
    public static partial void RosterApplied(ILogger logger, string file, int people, int added, int rolesGranted);

    [LoggerMessage(EventId = 961, Level = LogLevel.Warning, Message = "Guided demo: a fresh database {Database}, the clock at {StartAt:yyyy-MM-dd HH:mm zzz} running {Speed}× faster; reminders go to the Playground at {ServiceUrl}")]
    public static partial void Tour(ILogger logger, string database, DateTimeOffset startAt, double speed, string serviceUrl);
}
