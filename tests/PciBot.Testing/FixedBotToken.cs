using PciBot.BotFramework.Authentication;

namespace PciBot.Testing;

/// <summary>The bot's outbound token, fixed, instead of one fetched from Entra ID.</summary>
public sealed class FixedBotToken(string token = "local-outbound-token") : IBotTokenProvider
{
    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>(token);
}
