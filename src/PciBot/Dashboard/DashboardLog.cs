namespace PciBot.Dashboard;

internal static partial class DashboardLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Warning, Message = "Tab sign-in refused: {Reason}")]
    public static partial void SignInRefused(ILogger logger, string reason);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Tab session opened for {AadObjectId} ({How})")]
    public static partial void SessionOpened(ILogger logger, string aadObjectId, string how);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Information, Message = "Tab page {Page} refused to {AadObjectId}: not a person with a role")]
    public static partial void Refused(ILogger logger, string page, string? aadObjectId);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Warning, Message = "Dashboard:ClientId and Dashboard:TenantId are not set: the tab refuses every Teams sign-in")]
    public static partial void SsoNotConfigured(ILogger logger);
}
