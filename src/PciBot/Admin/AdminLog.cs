namespace PciBot.Admin;

internal static partial class AdminLog
{
    [LoggerMessage(EventId = 900, Level = LogLevel.Warning, Message = "Admin action {Verb} refused to {AadObjectId}: not an admin")]
    public static partial void Refused(ILogger logger, string verb, string? aadObjectId);
}
