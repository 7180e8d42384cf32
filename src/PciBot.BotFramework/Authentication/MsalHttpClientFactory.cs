using Microsoft.Identity.Client;

namespace PciBot.BotFramework.Authentication;

/// <summary>Lets MSAL use a named client of <see cref="IHttpClientFactory"/> instead of creating its own.</summary>
internal sealed class MsalHttpClientFactory(IHttpClientFactory httpClientFactory, string clientName) : IMsalHttpClientFactory
{
    public HttpClient GetHttpClient() => httpClientFactory.CreateClient(clientName);
}
