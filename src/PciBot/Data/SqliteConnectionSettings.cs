using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using SQLitePCL;

namespace PciBot.Data;

/// <summary>
/// Set once on each SQLite connection, when it is first opened (a pooled connection keeps them):
/// <list type="bullet">
/// <item>SQLite's recommended durability for WAL, <c>synchronous=NORMAL</c>: a commit is not flushed to disk on its own,
/// only at checkpoints. A process that dies loses nothing (the WAL is in the operating system's cache); a power cut can
/// roll back the last commits, never corrupt the file.</item>
/// <item>SQLite's own busy timeout (<c>Database:BusyTimeoutMilliseconds</c>): a writer that finds another one busy is
/// retried by SQLite after 1, 2, 5, 10… ms. Without it Microsoft.Data.Sqlite retries after 150 ms each time, so a card
/// submit that met the outbox's marks being committed waited 150 ms for a write of a millisecond.</item>
/// </list>
/// </summary>
internal sealed class SqliteConnectionSettings(IOptions<DatabaseOptions> options) : DbConnectionInterceptor
{
    private readonly ConditionalWeakTable<sqlite3, object> applied = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } sqlite || applied.TryGetValue(handle, out _))
        {
            return;
        }

        using var command = sqlite.CreateCommand();
        command.CommandText = string.Create(CultureInfo.InvariantCulture, $"PRAGMA synchronous=NORMAL; PRAGMA busy_timeout={options.Value.BusyTimeoutMilliseconds};");
        command.ExecuteNonQuery();
        applied.AddOrUpdate(handle, applied);
    }
}
