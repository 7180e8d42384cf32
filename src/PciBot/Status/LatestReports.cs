using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using PciBot.BotFramework.Connector;
using PciBot.Data;
using PciBot.Updates;

namespace PciBot.Status;

/// <summary>
/// The latest update of every line, kept in memory and brought up to date from the append-only ledger before each
/// use: one read of the rows added since the last one (usually none), instead of a search of the whole ledger per
/// question. Reading by id is exact on SQLite, where writers commit one after another. On PostgreSQL a transaction may
/// commit after a later one, so the last <see cref="PostgresOverlap"/> ids are read again each time and the whole
/// ledger is read again every <see cref="PostgresFullReload"/>.
/// </summary>
internal sealed class LatestReports([FromKeyedServices(ConnectorOptions.ClockKey)] TimeProvider wallClock) : IDisposable
{
    public const int PostgresOverlap = 500;
    public static readonly TimeSpan PostgresFullReload = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim gate = new(1, 1);
    private State? state;

    /// <summary>The latest report of each line, current as of this call.</summary>
    public async Task<IReadOnlyDictionary<LineKey, LatestReport>> CurrentAsync(PciBotDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        await gate.WaitAsync(ct);
        try
        {
            var postgres = !db.Database.IsSqlite();
            var current = state;
            if (current is null || (postgres && wallClock.GetElapsedTime(current.LoadedAt) > PostgresFullReload))
            {
                current = new State(wallClock.GetTimestamp());
                await MergeAsync(db, current, from: long.MinValue, ct);
                state = current;
            }
            else
            {
                await MergeAsync(db, current, from: postgres ? current.Watermark - PostgresOverlap : current.Watermark, ct);
            }

            return current.Lines;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    private static async Task MergeAsync(PciBotDbContext db, State into, long from, CancellationToken ct)
    {
        await foreach (var row in RowsAfter.For(db)(db, from).WithCancellation(ct))
        {
            var key = new LineKey(row.TaskId, row.UnitId, row.PeriodKey);
            var report = new LatestReport(row.Status, row.PercentDone, row.SubmittedAt, row.Sequence);
            into.Lines.AddOrUpdate(key, report, (_, held) => held.Sequence >= report.Sequence ? held : report);
            into.Watermark = Math.Max(into.Watermark, row.Id);
        }
    }

    // Compiled once: it runs before every question, and usually finds nothing. An expression tree cannot read a table
    // through an extension property, hence Set<>.
    private static readonly PerModel<Func<PciBotDbContext, long, IAsyncEnumerable<LedgerRow>>> RowsAfter = new(() =>
        EF.CompileAsyncQuery((PciBotDbContext db, long from) => db.Set<ProgressUpdate>().AsNoTracking()
            .Where(u => u.Id > from)
            .Select(u => new LedgerRow(u.Id, u.TaskId, u.UnitId, u.PeriodKey, u.Sequence, u.Status, u.PercentDone, u.SubmittedAt))));

    private sealed record LedgerRow(long Id, int TaskId, int UnitId, string PeriodKey, int Sequence, ProgressStatus Status, int? PercentDone, DateTimeOffset SubmittedAt);

    private sealed class State(long loadedAt)
    {
        public long LoadedAt { get; } = loadedAt;

        public long Watermark { get; set; }

        public ConcurrentDictionary<LineKey, LatestReport> Lines { get; } = new();
    }
}
