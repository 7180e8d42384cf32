using Microsoft.Extensions.Logging;

namespace PciBot.BotFramework.Authentication;

/// <summary>
/// Keeps the published signing keys: refetched when older than <see cref="MaxAge"/>, and on a token with an
/// unknown key id at most once per <see cref="UnknownKeyRefetchInterval"/>. After a failed fetch the previous keys
/// (if any) stay in use and nothing is fetched for <see cref="RetryAfterFailure"/>, so an outage or a flood of bad
/// tokens does not turn into a flood of requests to the metadata host.
/// </summary>
internal sealed class BotSigningKeyCache(BotSigningMetadataRetriever retriever, TimeProvider timeProvider, ILogger logger) : IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(12);
    public static readonly TimeSpan UnknownKeyRefetchInterval = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan RetryAfterFailure = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile BotSigningMetadata? current;
    private DateTimeOffset fetchedAt;
    private DateTimeOffset lastAttempt;

    /// <summary>The current keys, fetched first if they are missing or too old; <see langword="null"/> if none could be had.</summary>
    public async Task<BotSigningMetadata?> GetAsync(CancellationToken cancellationToken)
    {
        var keys = current;
        if (keys is not null && timeProvider.GetUtcNow() - fetchedAt < MaxAge)
        {
            return keys;
        }

        return await RefetchAsync(MaxAge, cancellationToken);
    }

    /// <summary>Refetches the keys unless they are fresh; returns what is current afterwards.</summary>
    public Task<BotSigningMetadata?> RefetchForUnknownKeyAsync(CancellationToken cancellationToken)
        => RefetchAsync(UnknownKeyRefetchInterval, cancellationToken);

    public void Dispose() => gate.Dispose();

    private async Task<BotSigningMetadata?> RefetchAsync(TimeSpan olderThan, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var now = timeProvider.GetUtcNow();
            if ((current is not null && now - fetchedAt < olderThan) || now - lastAttempt < RetryAfterFailure)
            {
                return current;
            }

            lastAttempt = now;
            try
            {
                current = await retriever.FetchAsync(cancellationToken);
                fetchedAt = now;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                AuthenticationLog.MetadataUnavailable(logger, retriever.MetadataUrl, exception);
            }

            return current;
        }
        finally
        {
            gate.Release();
        }
    }
}
