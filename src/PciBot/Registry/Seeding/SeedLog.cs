namespace PciBot.Registry.Seeding;

internal static partial class SeedLog
{
    [LoggerMessage(EventId = 110, Level = LogLevel.Information, Message = "Seeded {Units} units and {Plans} plans ({Changes} rows changed)")]
    public static partial void Seeded(ILogger logger, int units, int plans, int changes);

    [LoggerMessage(EventId = 111, Level = LogLevel.Information, Message = "Seed files unchanged since the last seeding ({Hash}); seeding skipped")]
    public static partial void Unchanged(ILogger logger, string hash);
}
