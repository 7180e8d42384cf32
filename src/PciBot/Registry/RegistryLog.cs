namespace PciBot.Registry;

internal static partial class RegistryLog
{
    [LoggerMessage(EventId = 115, Level = LogLevel.Warning, Message = "The plan could not be read again in the background; the copy in memory is kept")]
    public static partial void RefreshFailed(ILogger logger, Exception exception);
}
