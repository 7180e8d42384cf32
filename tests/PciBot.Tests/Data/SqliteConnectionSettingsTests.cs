using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PciBot.Data;
using PciBot.Tests.Infrastructure;

namespace PciBot.Tests.Data;

public sealed class SqliteConnectionSettingsTests
{
    [Fact]
    public async Task EveryConnectionWaitsForALockWithSqlitesOwnTimeoutAndSyncsAtCheckpoints()
    {
        await using var app = PciBotApp.Create(settings: new Dictionary<string, string?> { ["Database:BusyTimeoutMilliseconds"] = "4321" });
        _ = app.Services;

        // Two contexts open at once hold two connections; opened again, each comes back from the pool.
        for (var round = 0; round < 3; round++)
        {
            await using var first = app.Scope();
            await using var second = app.Scope();
            var one = first.ServiceProvider.GetRequiredService<PciBotDbContext>();
            var other = second.ServiceProvider.GetRequiredService<PciBotDbContext>();
            await one.Database.OpenConnectionAsync();
            await other.Database.OpenConnectionAsync();

            foreach (var db in new[] { one, other })
            {
                await using var busy = db.Database.GetDbConnection().CreateCommand();
                busy.CommandText = "PRAGMA busy_timeout;";
                Assert.Equal(4321L, await busy.ExecuteScalarAsync());
                await using var synchronous = db.Database.GetDbConnection().CreateCommand();
                synchronous.CommandText = "PRAGMA synchronous;";
                Assert.Equal(1L, await synchronous.ExecuteScalarAsync());
            }

            await one.Database.CloseConnectionAsync();
            await other.Database.CloseConnectionAsync();
        }
    }
}
