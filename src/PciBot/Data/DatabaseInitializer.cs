using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PciBot.Registry.Seeding;

namespace PciBot.Data;

/// <summary>Brings the database to the current schema and plan before the host starts serving.</summary>
internal sealed class DatabaseInitializer(
    IServiceScopeFactory scopes,
    IOptions<DatabaseOptions> options,
    IHostEnvironment environment,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var file = DataFeature.SqliteFilePath(environment.ContentRootPath, options.Value);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PciBotDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        DataLog.Migrated(logger, file);
        var seeder = scope.ServiceProvider.GetRequiredService<PlanSeeder>();
        await seeder.SeedAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
