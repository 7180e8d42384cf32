namespace PciBot.Registry.Seeding;

internal static partial class SeedLog
{
    [LoggerMessage(EventId = 110, Level = LogLevel.Information, Message = "Seeded {Units} units and {Plans} plans ({Changes} rows changed)")]
    public static partial void Seeded(ILogger logger, int units, int plans, int changes);
}
