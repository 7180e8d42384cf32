using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace PciBot.Data;

/// <summary>Brings the database to the current schema and plan before the host starts serving.</summary>
internal sealed class DatabaseInitializer(
    IServiceScopeFactory scopes,
    IOptions<DatabaseOptions> options,
    IHostEnvironment environment,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    /// <summary>
    /// Instances sharing a PostgreSQL database that start together take turns: the first migrates and seeds, the others
    /// find it done. The number is arbitrary, the same for every instance.
    /// </summary>
    private const long StartupLock = 0x5043_4942_6f74;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Provider == DatabaseProvider.Sqlite)
        {
            var file = DataFeature.SqliteFilePath(environment.ContentRootPath, options.Value);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PciBotDbContext>();
        var postgres = db.Database.IsNpgsql();
        if (postgres)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({StartupLock})", cancellationToken);
        }

        try
        {
            await db.Database.MigrateAsync(cancellationToken);
            if (db.Database.IsSqlite())
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }

            var where = DataFeature.Describe(environment.ContentRootPath, options.Value);
            DataLog.Migrated(logger, where);
            foreach (var seeder in scope.ServiceProvider.GetServices<IDatabaseSeeder>())
            {
                await seeder.SeedAsync(cancellationToken);
            }
        }
        finally
        {
            if (postgres)
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({StartupLock})", CancellationToken.None);
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
