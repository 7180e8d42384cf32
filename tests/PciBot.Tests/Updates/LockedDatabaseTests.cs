using System.Net;
using Microsoft.Data.Sqlite;

namespace PciBot.Tests.Updates;

/// <summary>Card submissions while another connection holds SQLite's write lock.</summary>
public sealed class LockedDatabaseTests : IAsyncLifetime
{
    private UpdateScenario scenario = null!;

    // Forty writers queue on one lock: on a loaded machine the last can wait longer than the default 5 s, which is the
    // other test's case (an error, nothing stored). Here every submit must get its turn.
    public async Task InitializeAsync() =>
        scenario = await UpdateScenario.StartAsync(new Dictionary<string, string?> { ["Database:BusyTimeoutMilliseconds"] = "30000" });

    public async Task DisposeAsync() => await scenario.DisposeAsync();

    [Fact]
    public async Task ABurstOfSubmitsWhileAnotherWriterHoldsTheLockIsStoredOnceEachAndNoneIsLost()
    {
        var head = scenario.Head("TTBCXB");
        var delegated = scenario.People["TTBCXB-delegate"];

        using (var holder = new SqliteConnection($"Data Source={scenario.App.DatabasePath};Pooling=False"))
        {
            holder.Open();
            using var begin = holder.CreateCommand();
            begin.CommandText = "BEGIN IMMEDIATE";
            begin.ExecuteNonQuery();

            // Twenty different updates and a double click of each, all waiting on the lock at once.
            var burst = Enumerable.Range(1, 20)
                .SelectMany(i => Enumerable.Repeat(i, 2))
                .Select(i => scenario.InvokeAsync(i % 2 == 0 ? head : delegated, scenario.Submit19(percent: $"{i * 5}", cardId: $"card-{i}")))
                .ToList();
            await Task.Delay(TimeSpan.FromSeconds(1.5));
            Assert.All(burst, b => Assert.False(b.IsCompleted, "A submit finished while the database was locked."));

            using var commit = holder.CreateCommand();
            commit.CommandText = "COMMIT";
            commit.ExecuteNonQuery();
            var answers = await Task.WhenAll(burst);
            Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
            Assert.All(answers, a => Assert.Contains("Đã cập nhật bởi", CardJson.Text(UpdateScenario.CardOf(a.Body)), StringComparison.Ordinal));
        }

        var rows = await scenario.UpdatesAsync();
        Assert.Equal(Enumerable.Range(1, 20).Select(i => i * 5), rows.Select(r => r.PercentDone!.Value).Order());
        Assert.Equal(Enumerable.Range(1, 20), rows.Select(r => r.Sequence).Order());
        Assert.Equal("ok", IntegrityCheck(scenario.App.DatabasePath));
    }

    [Fact]
    public async Task ASubmitThatOutwaitsTheLockIsAnsweredWithAnErrorAndStoredOnceWhenSentAgain()
    {
        await using var locked = await UpdateScenario.StartAsync(new Dictionary<string, string?> { ["Database:BusyTimeoutMilliseconds"] = "1000" });
        var head = locked.Head("TTBCXB");
        using (var holder = new SqliteConnection($"Data Source={locked.App.DatabasePath};Pooling=False"))
        {
            holder.Open();
            using var begin = holder.CreateCommand();
            begin.CommandText = "BEGIN EXCLUSIVE";
            begin.ExecuteNonQuery();

            var (status, body) = await locked.InvokeAsync(head, locked.Submit19(percent: "70"));

            // The invoke fails, so Teams keeps the card and what was entered on it; the user sends it again.
            Assert.NotEqual(HttpStatusCode.OK, status == HttpStatusCode.OK ? (HttpStatusCode)(int)body["statusCode"]! : status);
            using var rollback = holder.CreateCommand();
            rollback.CommandText = "ROLLBACK";
            rollback.ExecuteNonQuery();
        }

        Assert.Empty(await locked.UpdatesAsync());
        var again = await locked.InvokeAsync(head, locked.Submit19(percent: "70"));
        var twice = await locked.InvokeAsync(head, locked.Submit19(percent: "70"));
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Equal(HttpStatusCode.OK, twice.Status);
        var row = Assert.Single(await locked.UpdatesAsync());
        Assert.Equal(70, row.PercentDone!.Value);
    }

    internal static string IntegrityCheck(string databasePath)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }
}
