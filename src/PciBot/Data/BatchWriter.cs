using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Npgsql;
using PciBot.BotFramework.Connector;

namespace PciBot.Data;

/// <summary>
/// Writes small, frequent updates one transaction at a time, each holding every update queued while the last one
/// committed: the outbox's marks before and after each post, the incoming messages stored before they are
/// acknowledged. SQLite has one writer, and a connection that finds it busy sleeps in steps of up to 100 ms, so
/// writing them one by one from each request made the database the bottleneck. Each caller still waits until its own
/// update is committed.
/// </summary>
internal sealed class BatchWriter : IAsyncDisposable, IDisposable
{
    private const int MaxBatch = 256;
    private const int BusyAttempts = 5;
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    private readonly IServiceScopeFactory scopes;
    private readonly TimeProvider wallClock;
    private readonly Channel<Update> queue = Channel.CreateUnbounded<Update>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task loop;

    public BatchWriter(IServiceScopeFactory scopes, [FromKeyedServices(ConnectorOptions.ClockKey)] TimeProvider wallClock)
    {
        this.scopes = scopes;
        this.wallClock = wallClock;
        loop = Task.Run(WriteAllAsync);
    }

    /// <summary>Runs <paramref name="update"/> in the next transaction; returns its result once that has committed.</summary>
    public Task<int> WriteAsync(Func<PciBotDbContext, Task<int>> update)
    {
        var pending = new Update(update);
        ObjectDisposedException.ThrowIf(!queue.Writer.TryWrite(pending), this);

        return pending.Committed.Task;
    }

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await loop;
    }

    /// <summary>Takes no more updates; those already queued are still written.</summary>
    public void Dispose() => queue.Writer.TryComplete();

    private async Task WriteAllAsync()
    {
        var batch = new List<Update>();
        while (await queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            try
            {
                await CommitAsync(batch);
            }
            catch (Exception)
            {
                // One update that cannot be written must not fail the others: each is tried again on its own.
                foreach (var update in batch)
                {
                    try
                    {
                        await CommitAsync([update]);
                    }
                    catch (Exception e)
                    {
                        update.Committed.TrySetException(e);
                    }
                }
            }
        }
    }

    private async Task CommitAsync(List<Update> batch)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<PciBotDbContext>();
                await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
                var results = new int[batch.Count];
                for (var i = 0; i < batch.Count; i++)
                {
                    results[i] = await batch[i].Run(db);
                }

                await transaction.CommitAsync(CancellationToken.None);
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Committed.TrySetResult(results[i]);
                }

                return;
            }
            catch (Exception e) when (attempt < BusyAttempts && IsBusy(e))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt), wallClock);
            }
        }
    }

    private static bool IsBusy(Exception e) =>
        (e as SqliteException ?? e.InnerException as SqliteException) is { SqliteErrorCode: SqliteBusy or SqliteLocked }
        || (e as PostgresException ?? e.InnerException as PostgresException) is { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected };

    private sealed class Update(Func<PciBotDbContext, Task<int>> run)
    {
        public Func<PciBotDbContext, Task<int>> Run { get; } = run;

        public TaskCompletionSource<int> Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
