namespace PciBot.BotFramework.Authentication;

/// <summary>Provides the bearer token for calls to the Bot Connector.</summary>
public interface IBotTokenProvider
{
    /// <summary>
    /// A valid access token for <see cref="BotFrameworkOptions.OAuthScope"/> (cached and renewed before it expires), or
    /// <see langword="null"/> when no App ID is configured and calls go out without a token.
    /// </summary>
    ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken);
}
