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

    // One reference, so that the keys and their age are always read together without the lock.
    private volatile Snapshot? current;
    private DateTimeOffset lastAttempt;

    /// <summary>The current keys, fetched first if they are missing or too old; <see langword="null"/> if none could be had.</summary>
    public async Task<BotSigningMetadata?> GetAsync(CancellationToken cancellationToken)
    {
        var snapshot = current;
        if (snapshot is not null && timeProvider.GetUtcNow() - snapshot.FetchedAt < MaxAge)
        {
            return snapshot.Metadata;
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
            if ((current is { } fresh && now - fresh.FetchedAt < olderThan) || now - lastAttempt < RetryAfterFailure)
            {
                return current?.Metadata;
            }

            lastAttempt = now;
            try
            {
                current = new Snapshot(await retriever.FetchAsync(cancellationToken), now);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                AuthenticationLog.MetadataUnavailable(logger, retriever.MetadataUrl, exception);
            }

            return current?.Metadata;
        }
        finally
        {
            gate.Release();
        }
    }

    private sealed record Snapshot(BotSigningMetadata Metadata, DateTimeOffset FetchedAt);
}
