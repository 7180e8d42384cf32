using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PciBot.Data;
using PciBot.Registry;
using PciBot.Schedules;
using PciBot.Tests.Infrastructure;
using PciBot.Tests.Reminders;
using Quartz;

namespace PciBot.Tests.Data;

/// <summary>The same host on SQLite and on PostgreSQL: schema, plan, schedules, Quartz store.</summary>
public sealed class DatabaseProviderTests
{
    [Fact]
    public void EachProviderHasMigrationsForTheWholeModel()
    {
        using var sqlite = new PciBotDbContext(new DbContextOptionsBuilder<PciBotDbContext>().UseSqlite("Data Source=:memory:").Options);
        using var postgres = new PostgresPciBotDbContext();

        // A model change with a SQLite migration but no PostgreSQL twin fails here: run tools/add-migration <Name> --postgres-only.
        Assert.False(sqlite.Database.HasPendingModelChanges(), "The SQLite migrations are behind the model.");
        Assert.False(postgres.Database.HasPendingModelChanges(), "The PostgreSQL migrations are behind the model.");
        Assert.NotEmpty(sqlite.Database.GetMigrations());
        Assert.NotEmpty(postgres.Database.GetMigrations());
        Assert.Empty(sqlite.Database.GetMigrations().Intersect(postgres.Database.GetMigrations()));
    }

    [Theory]
    [InlineData(null, "Database:PostgresConnectionString is required")]
    [InlineData("Host=127.0.0.1", "must name a Host and a Database")]
    [InlineData("Nonsense=1", "not a valid connection string")]
    public void PostgresWithoutAUsableConnectionStringStopsTheStart(string? connectionString, string expected)
    {
        var error = PciBotApp.StartFailure(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["Database:PostgresConnectionString"] = connectionString,
        });

        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownProviderStopsTheStart()
    {
        var error = PciBotApp.StartFailure(new Dictionary<string, string?> { ["Database:Provider"] = "Oracle" });

        Assert.Contains("Database:Provider", error, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task PostgresIsMigratedAndSeededWithTheSameRegisterAsSqlite()
    {
        await using var database = await TestPostgres.CreateAsync();
        RegisterSnapshot onSqlite;
        await using (var sqlite = PciBotApp.Create())
        {
            onSqlite = await sqlite.WithDbAsync(RegisterSnapshot.ReadAsync);
        }

        RegisterSnapshot onPostgres;
        await using (var postgres = PciBotApp.Create(settings: database.Settings()))
        {
            Assert.IsType<PostgresPciBotDbContext>(postgres.Services.CreateScope().ServiceProvider.GetRequiredService<PciBotDbContext>());
            Assert.Empty(await postgres.WithDbAsync(db => db.Database.GetPendingMigrationsAsync()));
            onPostgres = await postgres.WithDbAsync(RegisterSnapshot.ReadAsync);
        }

        Assert.Equal(27, onPostgres.Tasks.Count);
        Assert.Equal(10, onPostgres.Indices.Count);
        Assert.Equal(8, onPostgres.Schedules.Count);
        onSqlite.AssertSameAs(onPostgres);

        // A second start on the same database finds everything in place and adds nothing.
        await using var again = PciBotApp.Create(settings: database.Settings());
        (await again.WithDbAsync(RegisterSnapshot.ReadAsync)).AssertSameAs(onPostgres);
        Assert.Equal(1L, await database.ScalarAsync<long>("SELECT COUNT(*) FROM \"Plans\""));
    }

    [PostgresFact]
    public async Task QuartzKeepsItsTriggersInPostgresAsAClusterNode()
    {
        await using var database = await TestPostgres.CreateAsync();
        Dictionary<string, DateTimeOffset?> expected;
        await using (var first = PciBotApp.Create(now: ReminderDeliveryTests.BeforeQ4Reminder, settings: database.Settings()))
        {
            var scheduler = await first.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            var metadata = await scheduler.GetMetadata();
            Assert.True(metadata.JobStoreClustered);
            Assert.True(metadata.JobStorePersistent);
            expected = await NextOccurrencesAsync(first);
            Assert.Equal(ReminderDeliveryTests.AtQ4Reminder, expected["quarterly"]);
        }

        // Stored in the database's own Quartz tables, which the store created at start.
        var stored = await database.ScalarAsync<long>($"SELECT COUNT(*) FROM qrtz_triggers WHERE trigger_group = '{ScheduleJob.Group}'");
        Assert.Equal(expected.Count(e => e.Value is not null), stored);

        await using var second = PciBotApp.Create(now: ReminderDeliveryTests.BeforeQ4Reminder, settings: database.Settings());
        var restarted = await second.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        foreach (var (schedule, next) in expected)
        {
            Assert.Equal(next, (await restarted.GetTrigger(ScheduleJob.TriggerFor(schedule)))?.NextFireTimeUtc);
        }
    }

    private static async Task<Dictionary<string, DateTimeOffset?>> NextOccurrencesAsync(PciBotApp app)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<PciBotDbContext>();
        var schedules = scope.ServiceProvider.GetRequiredService<ScheduleOccurrences>();
        var next = new Dictionary<string, DateTimeOffset?>(StringComparer.Ordinal);
        foreach (var schedule in await db.Schedules.AsNoTracking().ToListAsync())
        {
            var occurrences = await schedules.NextAsync(schedule, schedule.FiredThrough ?? app.Clock.GetUtcNow(), 1, CancellationToken.None);
            next[schedule.Key] = occurrences.Count == 0 ? null : occurrences[0].FireAt;
        }

        return next;
    }

    /// <summary>What seeding and the first start write, read back through the same queries on either provider.</summary>
    private sealed record RegisterSnapshot(List<string> Units, List<string> Indices, List<string> Tasks, List<string> TaskUnits, List<string> Schedules)
    {
        public static async Task<RegisterSnapshot> ReadAsync(PciBotDbContext db)
        {
            var units = await db.Units.AsNoTracking().Include(u => u.Members).OrderBy(u => u.Code).ToListAsync();
            var indices = await db.Indices.AsNoTracking().OrderBy(i => i.Family).ThenBy(i => i.Order).ToListAsync();
            var tasks = await db.Tasks.AsNoTracking().Include(t => t.Index).Include(t => t.Units).ThenInclude(u => u.Unit)
                .OrderBy(t => t.Family).ThenBy(t => t.Number).ToListAsync();
            var schedules = await db.Schedules.AsNoTracking().OrderBy(s => s.Key).ToListAsync();
            return new RegisterSnapshot(
                [.. units.Select(u => $"{u.Code}|{u.Name}|{u.FullName}|{u.Aliases}|{u.Internal}|{u.Kind}|{string.Join(',', u.Members.Select(m => m.Code).Order(StringComparer.Ordinal))}")],
                [.. indices.Select(i => $"{i.Code}|{i.Family}|{i.Order}|{i.Name}|{i.WeightPercent:0.####}|{i.TargetScore:0.####}|{i.TargetText}")],
                [.. tasks.Select(t => $"{t.Family} {t.Number}|{t.Index!.Code}|{t.Cadence}|{t.Deadline:yyyy-MM-dd}|{t.PeriodFrom}-{t.PeriodTo}|{t.Condition}|{t.Timeline}|{t.Text}")],
                [.. tasks.SelectMany(t => t.Units.OrderBy(u => u.Role).ThenBy(u => u.Order).Select(u => $"{t.Family} {t.Number}|{u.Unit!.Code}|{u.Role}|{u.Order}"))],
                [.. schedules.Select(s => $"{s.Key}|{s.Kind}|{s.TimeOfDay:HH:mm}|{s.ReminderWorkingDaysBefore}|{s.FollowUpWorkingDaysBefore}|{s.EscalationWorkingDaysAfter}|{s.DaysBeforeDeadline}|{s.RecipientUnitCodes}|{s.IsPaused}")]);
        }

        public void AssertSameAs(RegisterSnapshot other)
        {
            Assert.Equal(Units, other.Units);
            Assert.Equal(Indices, other.Indices);
            Assert.Equal(Tasks, other.Tasks);
            Assert.Equal(TaskUnits, other.TaskUnits);
            Assert.Equal(Schedules, other.Schedules);
        }
    }
}
