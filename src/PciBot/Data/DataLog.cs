namespace PciBot.Data;

internal static partial class DataLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Database {Database} is at the current schema")]
    public static partial void Migrated(ILogger logger, string database);
}
