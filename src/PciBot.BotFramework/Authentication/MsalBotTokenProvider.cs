using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace PciBot.BotFramework.Authentication;

/// <summary>Client-credentials tokens from the app's own tenant; MSAL caches them in memory and renews them.</summary>
internal sealed class MsalBotTokenProvider : IBotTokenProvider
{
    public const string HttpClientName = "PciBot.BotFramework.TokenClient";

    private readonly BotFrameworkOptions options;
    private readonly ILogger<MsalBotTokenProvider> logger;
    private readonly IConfidentialClientApplication? application;

    public MsalBotTokenProvider(IOptions<BotFrameworkOptions> options, IHttpClientFactory httpClientFactory, ILogger<MsalBotTokenProvider> logger)
    {
        this.options = options.Value;
        this.logger = logger;
        if (!string.IsNullOrWhiteSpace(this.options.AppId))
        {
            application = ConfidentialClientApplicationBuilder.Create(this.options.AppId)
                .WithClientSecret(this.options.AppPassword)
                .WithAuthority($"{this.options.TokenAuthority.TrimEnd('/')}/{this.options.TenantId}")
                .WithHttpClientFactory(new MsalHttpClientFactory(httpClientFactory, HttpClientName))
                .Build();
        }
    }

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (application is null)
        {
            return null;
        }

        try
        {
            var result = await application.AcquireTokenForClient([options.OAuthScope]).ExecuteAsync(cancellationToken);
            AuthenticationLog.TokenAcquired(logger, result.AuthenticationResultMetadata.TokenSource);
            return result.AccessToken;
        }
        catch (MsalException exception)
        {
            AuthenticationLog.TokenAcquisitionFailed(logger, options.AppId!, options.TenantId, exception);
            throw;
        }
    }
}
