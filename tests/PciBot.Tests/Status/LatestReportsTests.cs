using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PciBot.Calendar;
using PciBot.Data;
using PciBot.People;
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
        var other = await app.WithDbAsync(db => db.Units.Where(u => u.Internal && u.Kind == UnitKind.Unit && u.Id != unitId).Select(u => u.Id).FirstAsync());
        var late = new LineKey(taskId, unitId, key);
        var early = new LineKey(taskId, other, key);

        var (before, after) = await CommitFirstWriterLastAsync(database, app, (late, 1), (early, 1));

        Assert.True(before.ContainsKey(early));
        Assert.False(before.ContainsKey(late));
        Assert.Equal(ProgressStatus.InProgress, after[late].Status);
    }

    [PostgresFact]
    public async Task OnPostgresAnOlderUpdateCommittedLateDoesNotHideTheNewerOne()
    {
        await using var database = await TestPostgres.CreateAsync();
        await using var app = PciBotApp.Create(now: Now, settings: database.Settings());
        var (taskId, unitId, key) = await LineAsync(app);
        var line = new LineKey(taskId, unitId, key);

        var (_, after) = await CommitFirstWriterLastAsync(database, app, (line, 1), (line, 2));

        Assert.Equal((ProgressStatus.Done, 2), (after[line].Status, after[line].Sequence));
    }

    /// <summary>
    /// The first writer takes the lower id and commits last, as a slow transaction on another instance would: its
    /// update (in progress) is written in a transaction left open, the second (done) is committed at once, the
    /// latest reports are read, the first commits, and they are read again.
    /// </summary>
    private static async Task<(IReadOnlyDictionary<LineKey, LatestReport> Before, IReadOnlyDictionary<LineKey, LatestReport> After)> CommitFirstWriterLastAsync(
        TestPostgres database, PciBotApp app, (LineKey Line, int Sequence) first, (LineKey Line, int Sequence) second)
    {
        var personId = await app.WithDbAsync(async db => (await db.People.FirstAsync()).Id);
        var reports = app.Services.GetRequiredService<LatestReports>();
        await using var slow = new NpgsqlConnection(database.ConnectionString);
        await slow.OpenAsync();
        await using var transaction = await slow.BeginTransactionAsync();
        await InsertAsync(slow, transaction, first.Line, personId, first.Sequence, ProgressStatus.InProgress);
        await using (var quick = new NpgsqlConnection(database.ConnectionString))
        {
            await quick.OpenAsync();
            await InsertAsync(quick, null, second.Line, personId, second.Sequence, ProgressStatus.Done);
        }

        var before = await app.WithDbAsync(db => reports.CurrentAsync(db, CancellationToken.None));
        var copy = before.ToDictionary();
        await transaction.CommitAsync();
        return (copy, await app.WithDbAsync(db => reports.CurrentAsync(db, CancellationToken.None)));
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

    private static async Task InsertAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, LineKey line, int personId, int sequence, ProgressStatus status)
    {
        await using var insert = new NpgsqlCommand(
            """
            INSERT INTO "ProgressUpdates" ("TaskId", "UnitId", "PeriodKey", "Sequence", "PersonId", "IsContribution", "Status", "SubmittedAt", "Fingerprint")
            VALUES (@task, @unit, @key, @sequence, @person, FALSE, @status, @at, @fingerprint)
            """,
            connection,
            transaction);
        insert.Parameters.AddWithValue("task", line.TaskId);
        insert.Parameters.AddWithValue("unit", line.UnitId);
        insert.Parameters.AddWithValue("key", line.PeriodKey);
        insert.Parameters.AddWithValue("sequence", sequence);
        insert.Parameters.AddWithValue("person", personId);
        insert.Parameters.AddWithValue("status", status.ToString());
        insert.Parameters.AddWithValue("at", Now.UtcDateTime);
        insert.Parameters.AddWithValue("fingerprint", $"test-{line.UnitId}-{sequence}");
        await insert.ExecuteNonQueryAsync();
    }
}
