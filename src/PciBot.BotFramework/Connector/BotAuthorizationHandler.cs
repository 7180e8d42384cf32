using System.Net.Http.Headers;
using PciBot.BotFramework.Authentication;

namespace PciBot.BotFramework.Connector;

/// <summary>
/// Adds the bot's bearer token to each attempt (inside the retry pipeline, so a retry after a long wait gets a fresh
/// token). Refuses to send the token in clear text to anything but loopback.
/// </summary>
internal sealed class BotAuthorizationHandler(IBotTokenProvider tokenProvider) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await tokenProvider.GetTokenAsync(cancellationToken);
        if (token is not null)
        {
            if (request.RequestUri is { } uri && uri.Scheme != Uri.UriSchemeHttps && !uri.IsLoopback)
            {
                throw new InvalidOperationException($"Refusing to send the bot's token over plain HTTP to {uri.Host}.");
            }

            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
