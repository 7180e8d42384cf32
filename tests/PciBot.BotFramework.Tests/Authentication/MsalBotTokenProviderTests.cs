using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PciBot.BotFramework.Authentication;
using PciBot.BotFramework.Hosting;

namespace PciBot.BotFramework.Tests.Authentication;

public sealed class MsalBotTokenProviderTests
{
    private const string TenantId = "3c9e1f2a-7b4d-4e8a-b6c5-0d1f2e3a4b5c";
    private const string AppId = "0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d";

    [Fact]
    public async Task GivesNoTokenWithoutAnAppId()
    {
        var identityProvider = new StubIdentityProvider();
        using var host = Build(identityProvider, new() { ["Bot:AllowUnauthenticated"] = "true" }, "Development");

        var token = await host.Services.GetRequiredService<IBotTokenProvider>().GetTokenAsync(CancellationToken.None);

        Assert.Null(token);
        Assert.Empty(identityProvider.Requests);
    }

    [Fact]
    public async Task AsksTheAppsOwnTenantForAClientCredentialsTokenForTheBotFrameworkScope()
    {
        var identityProvider = new StubIdentityProvider();
        using var host = Build(identityProvider, new() { ["Bot:AppId"] = AppId, ["Bot:AppPassword"] = "s3cret", ["Bot:TenantId"] = TenantId }, "Production");

        var token = await host.Services.GetRequiredService<IBotTokenProvider>().GetTokenAsync(CancellationToken.None);

        Assert.Equal("minted-token", token);
        var (uri, form) = Assert.Single(identityProvider.Requests, r => r.Uri.AbsolutePath.EndsWith("/token", StringComparison.Ordinal));
        Assert.Equal($"https://login.microsoftonline.com/{TenantId}/oauth2/v2.0/token", uri.GetLeftPart(UriPartial.Path));
        Assert.Contains("grant_type=client_credentials", form, StringComparison.Ordinal);
        Assert.Contains($"client_id={AppId}", form, StringComparison.Ordinal);
        Assert.Contains("client_secret=s3cret", form, StringComparison.Ordinal);
        Assert.Contains("scope=https%3A%2F%2Fapi.botframework.com%2F.default", form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReusesTheTokenUntilItExpires()
    {
        var identityProvider = new StubIdentityProvider();
        using var host = Build(identityProvider, new() { ["Bot:AppId"] = AppId, ["Bot:AppPassword"] = "s3cret", ["Bot:TenantId"] = TenantId }, "Production");
        var provider = host.Services.GetRequiredService<IBotTokenProvider>();

        await provider.GetTokenAsync(CancellationToken.None);
        await provider.GetTokenAsync(CancellationToken.None);

        Assert.Single(identityProvider.Requests, r => r.Uri.AbsolutePath.EndsWith("/token", StringComparison.Ordinal));
    }

    private static IHost Build(StubIdentityProvider identityProvider, Dictionary<string, string?> settings, string environment)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = environment, DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddBotFramework();
        builder.Services.AddHttpClient(MsalBotTokenProvider.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => identityProvider);
        return builder.Build();
    }

    /// <summary>Answers the token endpoint of Entra ID in memory; nothing leaves the machine.</summary>
    private sealed class StubIdentityProvider : HttpMessageHandler
    {
        public ConcurrentQueue<(Uri Uri, string Form)> Requests { get; } = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var form = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
            Requests.Enqueue((request.RequestUri!, form));
            if (!request.RequestUri!.AbsolutePath.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal))
            {
                return new HttpResponseMessage(HttpStatusCode.NotFound);
            }

            return new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent(
                    """{"token_type":"Bearer","expires_in":3599,"ext_expires_in":3599,"access_token":"minted-token"}""",
                    Encoding.UTF8,
                    "application/json"),
            };
        }
    }
}
