namespace PciBot.Admin;

internal static partial class AdminLog
{
    [LoggerMessage(EventId = 900, Level = LogLevel.Warning, Message = "Admin action {Verb} refused to {AadObjectId}: not an admin")]
    public static partial void Refused(ILogger logger, string verb, string? aadObjectId);

    [LoggerMessage(EventId = 901, Level = LogLevel.Warning, Message = "Looking up the person of roster row {Line} failed")]
    public static partial void RosterLookupFailed(ILogger logger, int line, Exception exception);

    [LoggerMessage(EventId = 902, Level = LogLevel.Warning, Message = "Installing the app for person {PersonId} failed")]
    public static partial void RosterInstallFailed(ILogger logger, int personId, Exception exception);
}
