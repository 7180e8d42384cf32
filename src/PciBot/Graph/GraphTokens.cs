using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using PciBot.BotFramework.Authentication;

namespace PciBot.Graph;

/// <summary>
/// Client-credentials tokens for Graph from the bot's own app registration, the way the Connector's are obtained; MSAL
/// caches and renews them. Null without an app id (local runs), and calls then go without a token.
/// </summary>
internal sealed class GraphTokens
{
    public const string HttpClientName = "PciBot.Graph.TokenClient";

    private readonly IConfidentialClientApplication? application;

    public GraphTokens(IOptions<BotFrameworkOptions> bot, IHttpClientFactory httpClientFactory)
    {
        var options = bot.Value;
        if (!string.IsNullOrWhiteSpace(options.AppId))
        {
            application = ConfidentialClientApplicationBuilder.Create(options.AppId)
                .WithClientSecret(options.AppPassword)
                .WithAuthority($"{options.TokenAuthority.TrimEnd('/')}/{options.TenantId}")
                .WithHttpClientFactory(new GraphMsalHttpClients(httpClientFactory))
                .Build();
        }
    }

    public async ValueTask<string?> GetTokenAsync(CancellationToken ct) =>
        application is null ? null : (await application.AcquireTokenForClient([GraphOptions.Scope]).ExecuteAsync(ct)).AccessToken;

    private sealed class GraphMsalHttpClients(IHttpClientFactory factory) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => factory.CreateClient(HttpClientName);
    }
}
