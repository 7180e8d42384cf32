using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PciBot.Calendar;
using PciBot.Data;
using PciBot.Registry;
using PciBot.Status;
using PciBot.Tests.Infrastructure;
using PciBot.Updates;

namespace PciBot.Tests.Status;

/// <summary>The latest update of each line, kept in memory: every update appended since is seen by the next question.</summary>
public sealed class LatestReportsTests
{
    private static readonly DateTimeOffset Now = VietnamTime.AtLocal(new DateOnly(2023, 11, 20), new TimeOnly(9, 0));

    [Fact]
    public async Task AnUpdateAppendedAfterAQuestionIsInTheNextAnswer()
    {
        await using var app = PciBotApp.Create(now: Now);
        var line = await LineAsync(app);

        Assert.Equal(ReportStatus.Due, await StatusOfAsync(app, line));

        await app.WithDbAsync(db => AppendAsync(db, line, 1, ProgressStatus.InProgress));
        Assert.Equal(ReportStatus.Reported, await StatusOfAsync(app, line));

        await app.WithDbAsync(db => AppendAsync(db, line, 2, ProgressStatus.Done));
        Assert.Equal(ReportStatus.DoneOnTime, await StatusOfAsync(app, line));
    }

    [Fact]
    public async Task AHostStartedLaterReadsTheWholeLedger()
    {
        var directory = Path.Combine(Path.GetTempPath(), "pcibot-tests", Guid.NewGuid().ToString("N"));
        (int, int, string) line;
        await using (var first = PciBotApp.Create(now: Now, directory: directory))
        {
            line = await LineAsync(first);
            await first.WithDbAsync(db => AppendAsync(db, line, 1, ProgressStatus.Blocked));
            Assert.Equal(ReportStatus.Blocked, await StatusOfAsync(first, line));
        }

        await using var second = PciBotApp.Create(now: Now, directory: directory);
        Assert.Equal(ReportStatus.Blocked, await StatusOfAsync(second, line));
    }

    [PostgresFact]
    public async Task OnPostgresAnUpdateCommittedAfterALaterOneIsStillSeen()
    {
        await using var database = await TestPostgres.CreateAsync();
        await using var app = PciBotApp.Create(now: Now, settings: database.Settings());
        var (taskId, unitId, key) = await LineAsync(app);
        var personId = await app.WithDbAsync(async db => (await db.People.FirstAsync()).Id);
        var reports = app.Services.GetRequiredService<LatestReports>();

        // The first writer takes the lower id and commits last, as a slow transaction on another instance would.
        await using var slow = new NpgsqlConnection(database.ConnectionString);
        await slow.OpenAsync();
        await using var transaction = await slow.BeginTransactionAsync();
        await InsertAsync(slow, transaction, taskId, unitId, key, personId, sequence: 1, ProgressStatus.InProgress);
        var other = await app.WithDbAsync(db => db.Units.Where(u => u.Internal && u.Kind == UnitKind.Unit && u.Id != unitId).Select(u => u.Id).FirstAsync());
        await using (var quick = new NpgsqlConnection(database.ConnectionString))
        {
            await quick.OpenAsync();
            await InsertAsync(quick, null, taskId, other, key, personId, sequence: 1, ProgressStatus.Done);
        }

        var before = await app.WithDbAsync(db => reports.CurrentAsync(db, CancellationToken.None));
        Assert.True(before.ContainsKey(new LineKey(taskId, other, key)));
        Assert.False(before.ContainsKey(new LineKey(taskId, unitId, key)));

        await transaction.CommitAsync();
        var after = await app.WithDbAsync(db => reports.CurrentAsync(db, CancellationToken.None));
        Assert.Equal(ProgressStatus.InProgress, after[new LineKey(taskId, unitId, key)].Status);
    }

    [PostgresFact]
    public async Task OnPostgresAnOlderUpdateCommittedLateDoesNotHideTheNewerOne()
    {
        await using var database = await TestPostgres.CreateAsync();
        await using var app = PciBotApp.Create(now: Now, settings: database.Settings());
        var (taskId, unitId, key) = await LineAsync(app);
        var personId = await app.WithDbAsync(async db => (await db.People.FirstAsync()).Id);
        var reports = app.Services.GetRequiredService<LatestReports>();

        await using var slow = new NpgsqlConnection(database.ConnectionString);
        await slow.OpenAsync();
        await using var transaction = await slow.BeginTransactionAsync();
        await InsertAsync(slow, transaction, taskId, unitId, key, personId, sequence: 1, ProgressStatus.InProgress);
        await using (var quick = new NpgsqlConnection(database.ConnectionString))
        {
            await quick.OpenAsync();
            await InsertAsync(quick, null, taskId, unitId, key, personId, sequence: 2, ProgressStatus.Done);
        }

        _ = await app.WithDbAsync(db => reports.CurrentAsync(db, CancellationToken.None));
        await transaction.CommitAsync();
        var after = await app.WithDbAsync(db => reports.CurrentAsync(db, CancellationToken.None));
        Assert.Equal((ProgressStatus.Done, 2), (after[new LineKey(taskId, unitId, key)].Status, after[new LineKey(taskId, unitId, key)].Sequence));
    }

    /// <summary>The Q4/2023 line of an ongoing task the Office (VP) leads itself; the Office's head is registered here.</summary>
    private static async Task<(int TaskId, int UnitId, string Key)> LineAsync(PciBotApp app) =>
        await app.WithDbAsync(async db =>
        {
            var head = await TestPeople.HeadAsync(db, "VP");
            var unitId = head.Memberships[0].UnitId;
            var task = await db.Tasks.Include(t => t.Units).FirstAsync(t => t.Cadence == Cadence.Ongoing && t.Units.Any(u => u.UnitId == unitId && u.Role == TaskUnitRole.Lead));
            return (task.Id, unitId, ReportingPeriods.Containing(PeriodKind.Quarter, new DateOnly(2023, 11, 20)).Key);
        });

    private static async Task<ReportStatus> StatusOfAsync(PciBotApp app, (int TaskId, int UnitId, string Key) line)
    {
        await using var scope = app.Scope();
        var report = await scope.ServiceProvider.GetRequiredService<StatusBoard>()
            .InPeriodAsync(ReportingPeriods.Containing(PeriodKind.Quarter, new DateOnly(2023, 11, 20)), StatusFilter.All, CancellationToken.None);
        return Assert.Single(report!.Lines, l => l.Task.Id == line.TaskId && l.Unit.Id == line.UnitId && l.PeriodKey == line.Key).Status;
    }

    private static async Task<int> AppendAsync(PciBotDbContext db, (int TaskId, int UnitId, string Key) line, int sequence, ProgressStatus status)
    {
        db.ProgressUpdates.Add(new ProgressUpdate
        {
            TaskId = line.TaskId, UnitId = line.UnitId, PeriodKey = line.Key, Sequence = sequence, Status = status,
            PersonId = (await db.People.FirstAsync()).Id, SubmittedAt = Now, Fingerprint = $"test-{sequence}",
        });
        return await db.SaveChangesAsync();
    }

    private static async Task InsertAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, int taskId, int unitId, string key, int personId, int sequence, ProgressStatus status)
    {
        await using var insert = new NpgsqlCommand(
            """
            INSERT INTO "ProgressUpdates" ("TaskId", "UnitId", "PeriodKey", "Sequence", "PersonId", "IsContribution", "Status", "SubmittedAt", "Fingerprint")
            VALUES (@task, @unit, @key, @sequence, @person, FALSE, @status, @at, @fingerprint)
            """,
            connection,
            transaction);
        insert.Parameters.AddWithValue("task", taskId);
        insert.Parameters.AddWithValue("unit", unitId);
        insert.Parameters.AddWithValue("key", key);
        insert.Parameters.AddWithValue("sequence", sequence);
        insert.Parameters.AddWithValue("person", personId);
        insert.Parameters.AddWithValue("status", status.ToString());
        insert.Parameters.AddWithValue("at", Now.UtcDateTime);
        insert.Parameters.AddWithValue("fingerprint", $"test-{unitId}-{sequence}");
        await insert.ExecuteNonQueryAsync();
    }
}
