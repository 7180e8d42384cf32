using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PciBot.Data;
using PciBot.People;
using PciBot.Updates;

namespace PciBot.Tests.Updates;

public sealed class ProgressLedgerTests : IAsyncLifetime
{
    private const int Rounds = 5;
    private const int Racers = 10;

    private UpdateScenario scenario = null!;

    public async Task InitializeAsync() => scenario = await UpdateScenario.StartAsync();

    public async Task DisposeAsync() => await scenario.DisposeAsync();

    private async Task<(ProgressEntry Entry, bool Duplicate)> AppendAsync(Task start, ProgressValues values, string cardId)
    {
        await using var scope = scenario.App.Scope();
        var services = scope.ServiceProvider;
        var line = await services.GetRequiredService<ReportLines>().FindAsync(scenario.Task19, scenario.Unit("TTBCXB"), UpdateScenario.MonthKey, new DateOnly(2023, 11, 20), CancellationToken.None);
        var author = await services.GetRequiredService<PciBotDbContext>().People.AsNoTracking().SingleAsync(p => p.Id == scenario.Head("TTBCXB").Id);
        await start;
        return await services.GetRequiredService<ProgressLedger>().AppendAsync(line!, author, values, cardId, null, "card-1", CancellationToken.None);
    }

    [Fact]
    public async Task RacingAppendsOfOneSubmitStoreItOnce()
    {
        var values = new ProgressValues(ProgressStatus.InProgress, 50, "Đã đăng tin", null, null);
        for (var round = 0; round < Rounds; round++)
        {
            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var racers = Enumerable.Range(0, Racers).Select(_ => Task.Run(() => AppendAsync(start.Task, values, $"race{round}"))).ToList();
            start.SetResult();
            var results = await Task.WhenAll(racers);

            Assert.Single(results, r => !r.Duplicate);
            Assert.Single(results.Select(r => r.Entry.Update.Id).Distinct());
        }

        var rows = await scenario.UpdatesAsync();
        Assert.Equal(Rounds, rows.Count);
        Assert.Equal(Enumerable.Range(1, Rounds), rows.Select(r => r.Sequence).Order());
    }

    [Fact]
    public async Task RacingAppendsOfDifferentSubmitsAreAllKept()
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var racers = Enumerable.Range(1, Racers)
            .Select(i => Task.Run(() => AppendAsync(start.Task, new ProgressValues(ProgressStatus.InProgress, i, null, null, null), "card0001")))
            .ToList();
        start.SetResult();
        var results = await Task.WhenAll(racers);

        Assert.All(results, r => Assert.False(r.Duplicate));
        var rows = await scenario.UpdatesAsync();
        Assert.Equal(Enumerable.Range(1, Racers), rows.Select(r => r.Sequence).Order());
        Assert.Equal(Enumerable.Range(1, Racers), rows.Select(r => r.PercentDone!.Value).Order());
    }
}
