using Microsoft.Extensions.Logging;
using TokenSource = Microsoft.Identity.Client.TokenSource;

namespace PciBot.BotFramework.Authentication;

internal static partial class AuthenticationLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Debug, Message = "Rejected a bot token: {Failure}")]
    public static partial void TokenRejected(ILogger logger, BotAuthenticationFailure failure);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Error, Message = "Could not fetch the Bot Framework OpenID metadata or keys from {MetadataUrl}")]
    public static partial void MetadataUnavailable(ILogger logger, string metadataUrl, Exception exception);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Information, Message = "A token names an unknown signing key; the published keys are refetched unless they are recent")]
    public static partial void RefreshingKeysForUnknownKeyId(ILogger logger);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Warning,
        Message = "Bot:AllowUnauthenticated is on: requests without a token are accepted. Use this only for local development.")]
    public static partial void AnonymousModeEnabled(ILogger logger);

    [LoggerMessage(EventId = 1110, Level = LogLevel.Debug, Message = "Bot Connector token obtained from {TokenSource}")]
    public static partial void TokenAcquired(ILogger logger, TokenSource tokenSource);

    [LoggerMessage(EventId = 1111, Level = LogLevel.Error, Message = "Could not obtain a Bot Connector token for app {AppId} in tenant {TenantId}")]
    public static partial void TokenAcquisitionFailed(ILogger logger, string appId, string? tenantId, Exception exception);
}
