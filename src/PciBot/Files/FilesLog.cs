namespace PciBot.Files;

internal static partial class FilesLog
{
    [LoggerMessage(EventId = 980, Level = LogLevel.Warning, Message = "A file announced on host {Host} was not downloaded: the host is not in Files:AllowedHosts")]
    public static partial void HostRefused(ILogger logger, string host);
}
