using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace PciBot.BotFramework.Authentication;

/// <summary>
/// Keeps the published OpenID metadata and its key set: refetched when older than <see cref="MaxAge"/>, and on a
/// token with an unknown key id at most once per <see cref="UnknownKeyRefetchInterval"/>. After a failed fetch the
/// previous keys (if any) stay in use and nothing is fetched for <see cref="RetryAfterFailure"/>, so an outage or a
/// flood of bad tokens does not turn into a flood of requests to the metadata host.
/// </summary>
/// <remarks>
/// <c>ConfigurationManager&lt;OpenIdConnectConfiguration&gt;</c> is not used: it reads the system clock (its
/// <see cref="TimeProvider"/> is internal) and refreshes in the background, whereas the age of the keys is measured
/// on the injected clock and a token with a newly published key must be checked against the refetched keys in the
/// same request.
/// </remarks>
internal sealed class BotSigningKeyCache(
    IHttpClientFactory httpClientFactory, string metadataUrl, bool requireHttps, TimeProvider timeProvider, ILogger logger) : IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(12);
    public static readonly TimeSpan UnknownKeyRefetchInterval = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan RetryAfterFailure = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim gate = new(1, 1);

    // One reference, so that the keys and their age are always read together without the lock.
    private volatile Snapshot? current;
    private DateTimeOffset lastAttempt;

    /// <summary>The current metadata, fetched first if it is missing or too old; <see langword="null"/> if none could be had.</summary>
    public async Task<OpenIdConnectConfiguration?> GetAsync(CancellationToken cancellationToken)
    {
        var snapshot = current;
        if (snapshot is not null && timeProvider.GetUtcNow() - snapshot.FetchedAt < MaxAge)
        {
            return snapshot.Configuration;
        }

        return await RefetchAsync(MaxAge, cancellationToken);
    }

    /// <summary>Refetches the metadata unless it is fresh; returns what is current afterwards.</summary>
    public Task<OpenIdConnectConfiguration?> RefetchForUnknownKeyAsync(CancellationToken cancellationToken)
        => RefetchAsync(UnknownKeyRefetchInterval, cancellationToken);

    public void Dispose() => gate.Dispose();

    private async Task<OpenIdConnectConfiguration?> RefetchAsync(TimeSpan olderThan, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var now = timeProvider.GetUtcNow();
            if ((current is { } fresh && now - fresh.FetchedAt < olderThan) || now - lastAttempt < RetryAfterFailure)
            {
                return current?.Configuration;
            }

            lastAttempt = now;
            try
            {
                current = new Snapshot(await FetchAsync(cancellationToken), now);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                AuthenticationLog.MetadataUnavailable(logger, metadataUrl, exception);
            }

            return current?.Configuration;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<OpenIdConnectConfiguration> FetchAsync(CancellationToken cancellationToken)
    {
        // A client per fetch rather than one for the cache's lifetime, so the factory's handler rotation still applies.
        var documents = new HttpDocumentRetriever(httpClientFactory.CreateClient(BotTokenValidator.MetadataHttpClientName))
        {
            RequireHttps = requireHttps,
        };
        var configuration = await OpenIdConnectConfigurationRetriever.GetAsync(metadataUrl, documents, cancellationToken);

        // Without a key set every token would look signed by an unknown key; keep the previous keys instead.
        return configuration.JsonWebKeySet is null
            ? throw new InvalidOperationException("The OpenID metadata has no jwks_uri.")
            : configuration;
    }

    private sealed record Snapshot(OpenIdConnectConfiguration Configuration, DateTimeOffset FetchedAt);
}
