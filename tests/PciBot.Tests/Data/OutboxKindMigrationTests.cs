using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PciBot.Data;
using PciBot.Outbox;
using PciBot.Reminders;
using PciBot.Tests.Infrastructure;

namespace PciBot.Tests.Data;

/// <summary>An outbox written before rows had a kind is upgraded to rows that each know how they are rendered.</summary>
public sealed class OutboxKindMigrationTests
{
    /// <summary>Rows as the earlier version wrote them, and the kind its rendering rules gave each.</summary>
    private static readonly (string Schedule, string Subject, int? TaskId, string? Payload, string Kind)[] Earlier =
    [
        ("quarterly", "task:1/unit:2", 1, null, "reminder"),
        ("snooze", "task:1/unit:2", 1, null, "snooze"),
        ("nudge", "task:1/unit:2", 1, null, "nudge"),
        ("digest", "Digest", null, null, "digest"),
        ("rollup", "OfficeRollup", null, null, "rollup"),
        ("year-end", "YearEnd", null, null, "year-end"),
        ("dialogue", "Dialogue", null, null, "dialogue"),
        ("office", "extension:task:1/unit:2", null, """{"TaskId":1}""", "extension"),
        ("quarterly", "escalation", null, """[{"TaskId":1,"UnitId":2}]""", "escalation"),
        ("quarterly", "unassigned", null, """[{"TaskId":1,"UnitId":2}]""", "unassigned"),
        ("office", "unreachable:7", null, "Nguyễn Văn \"An\"", "unreachable"),
        ("office", "unconfirmed:7", null, "Trần Thị Bình", "unconfirmed"),
        ("quarterly", "notice:something-else", null, null, "notice"),
    ];

    [Fact]
    public async Task SqliteRowsOfTheEarlierVersionGetTheKindTheyWereRenderedByAndKeepItsPayloadsWhenDowngraded()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var db = new PciBotDbContext(new DbContextOptionsBuilder<PciBotDbContext>().UseSqlite(connection).Options);
        await AssertUpgradedAsync(db, 0L);
    }

    [PostgresFact]
    public async Task PostgresRowsOfTheEarlierVersionGetTheKindTheyWereRenderedByAndKeepItsPayloadsWhenDowngraded()
    {
        await using var database = await TestPostgres.CreateAsync();
        await using var db = new PostgresPciBotDbContext(new DbContextOptionsBuilder<PostgresPciBotDbContext>().UseNpgsql(database.ConnectionString).Options);
        await AssertUpgradedAsync(db, DateTimeOffset.UnixEpoch);
    }

    /// <param name="db">A context on an empty database.</param>
    /// <param name="instant">An instant as the provider stores it (SQLite: ticks).</param>
    private static async Task AssertUpgradedAsync(PciBotDbContext db, object instant)
    {
        var migrations = db.Database.GetMigrations().ToList();
        var before = migrations[migrations.FindIndex(m => m.EndsWith("_OutboxKind", StringComparison.Ordinal)) - 1];
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(before);
        for (var i = 0; i < Earlier.Length; i++)
        {
            var (schedule, subject, taskId, payload, _) = Earlier[i];
            var period = $"2023-Q4/{i}";
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "Outbox" ("ScheduleKey", "PeriodKey", "RecipientKind", "RecipientKey", "Subject", "Stage", "PersonId", "TaskId", "Payload", "Status", "Attempts", "CreatedAt", "NextAttemptAt")
                VALUES ({schedule}, {period}, 'Person', 'person:1', {subject}, 'Reminder', 1, {taskId}, {payload}, 'Sent', 1, {instant}, {instant})
                """);
        }

        await migrator.MigrateAsync();

        var rows = await db.Outbox.AsNoTracking().OrderBy(o => o.Id).Select(o => new { o.Kind, o.Payload }).ToListAsync();
        Assert.Equal(Earlier.Select(e => e.Kind), rows.Select(r => r.Kind.Name));
        Assert.Equal("Nguyễn Văn \"An\"", JsonSerializer.Deserialize<UndeliveredNotice>(rows[10].Payload!)!.PersonName);
        Assert.Equal("Trần Thị Bình", JsonSerializer.Deserialize<UndeliveredNotice>(rows[11].Payload!)!.PersonName);
        Assert.Equal(Earlier[8].Payload, rows[8].Payload);

        // And back: the earlier version finds the bare names it wrote.
        await migrator.MigrateAsync(before);
        var names = await db.Database.SqlQuery<string>($"""SELECT "Payload" AS "Value" FROM "Outbox" WHERE "ScheduleKey" = 'office' AND "TaskId" IS NULL AND "Subject" <> {Earlier[7].Subject} ORDER BY "Id" """).ToListAsync();
        Assert.Equal([Earlier[10].Payload!, Earlier[11].Payload!], names);
    }
}
