using Microsoft.Extensions.DependencyInjection;
using PciBot.Calendar;
using PciBot.Digests;
using PciBot.Tests.Infrastructure;
using PciBot.Updates;

namespace PciBot.Tests.Office;

/// <summary>The digest asks the database to find the first time an obstacle was raised; both providers must agree.</summary>
public sealed class DigestOnPostgresTests
{
    private static readonly DateTimeOffset Since = VietnamTime.AtLocal(new DateOnly(2023, 12, 1), TimeOnly.MinValue);

    [PostgresFact]
    public async Task TheDigestsCountsAndNewObstaclesAreTheSameOnPostgresAsOnSqlite()
    {
        await using var database = await TestPostgres.CreateAsync();

        var onSqlite = await DigestAsync(null);
        var onPostgres = await DigestAsync(database.Settings());

        Assert.Equal(
            [(OfficeScenario.Obstacle, "Phòng TTBCXB"), ("Chưa có mẫu phiếu", "Phòng TTBCXB")],
            onPostgres.NewObstacles.Select(o => (o.Obstacles, o.UnitName)));
        Assert.Equal(onSqlite.NewObstacles.Select(o => (o.TaskId, o.Obstacles, o.SubmittedAt)), onPostgres.NewObstacles.Select(o => (o.TaskId, o.Obstacles, o.SubmittedAt)));
        Assert.Equal(Counts(onSqlite), Counts(onPostgres));
    }

    private static async Task<Digest> DigestAsync(IDictionary<string, string?>? settings)
    {
        await using var scenario = await OfficeScenario.StartAsync(settings);
        await scenario.AddAsync("PGI 2", "TTBCXB", "2023-Q4", ProgressStatus.Blocked, 40, "Đang khảo sát", OfficeScenario.Obstacle + " ", new DateOnly(2023, 12, 13));
        await scenario.AddAsync("PGI 2", "TTBCXB", "2023-Q4", ProgressStatus.Blocked, 45, "Đang khảo sát", "Chưa có mẫu phiếu", new DateOnly(2023, 12, 13));
        await using var scope = scenario.App.Scope();
        return (await scope.ServiceProvider.GetRequiredService<DigestBuilder>()
            .BuildAsync(ReportingPeriods.Of(PeriodKind.Quarter, 2023, 4), Since, CancellationToken.None))!;
    }

    private static List<string> Counts(Digest digest) =>
        [.. digest.ByUnit.SelectMany(u => u.Counts.OrderBy(c => c.Key).Select(c => $"{u.UnitName} {c.Key} {c.Value}"))];
}
