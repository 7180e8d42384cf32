using PciBot.Calendar;
using PciBot.Testing;
using PciBot.Tests.Infrastructure;

namespace PciBot.Tests.Questions;

/// <summary>"việc đến hạn quý này" and "việc của tôi" against the seeded plan at fixed Vietnam clocks.</summary>
public sealed class DueAndMineAnswerTests : IAsyncLifetime
{
    private FakeConnector connector = null!;

    public async Task InitializeAsync() => connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync() => await connector.DisposeAsync();

    private async Task<string> AskAsync(DateOnly today, string text, Func<PciBotApp, Task>? arrange = null, string aadObjectId = "aad-user-1", string locale = "vi-VN")
    {
        await using var app = PciBotApp.Create(now: VietnamTime.AtLocal(today, new TimeOnly(9, 0)));
        if (arrange is not null)
        {
            await arrange(app);
        }

        var before = connector.Calls.Count;
        await app.PostActivityAsync(Activities.PersonalMessage(connector.ServiceUrl, text, aadObjectId: aadObjectId, locale: locale));
        var calls = await connector.WaitForCallsAsync(before + 1);
        return calls[^1].CardText + (string?)calls[^1].Body!["text"];
    }

    [Fact]
    public async Task DueThisQuarterIn2023ListsQuarterlyMonthlyAnnualAndTheDeadlineOfTask8ButNotTheConditionalTask()
    {
        var card = await AskAsync(new DateOnly(2023, 11, 20), "việc gì đến hạn quý này");

        Assert.Contains("Quý IV/2023", card, StringComparison.Ordinal);
        foreach (var key in new[] { "PCI 1 ", "PCI 8 ", "PCI 18 ", "PCI 19 ", "PCI 20 ", "PCI 21 ", "PGI 1 " })
        {
            Assert.Contains($"**{key.Trim()}**", card, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("**PCI 10**", card, StringComparison.Ordinal);
        Assert.Contains("14/12/2023", card, StringComparison.Ordinal);
        Assert.Contains("14/11/2023", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DueThisQuarterIn2026NoLongerListsTheMultiYearNorThe2023DeadlineTasks()
    {
        var card = await AskAsync(new DateOnly(2026, 11, 27), "what's due this quarter", locale: "en-US");

        Assert.Contains("Q4 2026", card, StringComparison.Ordinal);
        Assert.Contains("**PCI 19**", card, StringComparison.Ordinal);
        Assert.DoesNotContain("**PCI 8**", card, StringComparison.Ordinal);
        Assert.DoesNotContain("**PCI 20**", card, StringComparison.Ordinal);
        Assert.DoesNotContain("**PCI 10**", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyTasksForAHeadOfCnttbcvtListsItsOwnAndGroupTasks()
    {
        var card = await AskAsync(
            new DateOnly(2026, 11, 27),
            "việc của tôi",
            app => app.WithDbAsync(db => TestPeople.HeadAsync(db, "CNTTBCVT", "aad-head-cnttbcvt")),
            "aad-head-cnttbcvt");

        var expected = SeedPlan.Tasks
            .Where(t => t["lead"]!.AsArray().Concat(t["coordinating"]!.AsArray()).Select(c => (string)c!).Any(c => c == "CNTTBCVT" || SeedPlan.LeadUnitsOf(c).Contains("CNTTBCVT")))
            .Select(t => $"**{((string)t["family"]!).ToUpperInvariant()} {(int)t["number"]!}**")
            .ToList();
        Assert.NotEmpty(expected);
        Assert.All(expected, key => Assert.Contains(key, card, StringComparison.Ordinal));
        Assert.Contains("Phòng CNTTBCVT", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyTasksForSomeoneUnassignedSaysSo()
    {
        var answer = await AskAsync(new DateOnly(2026, 11, 27), "viec cua toi");

        Assert.Contains("chưa được gán", answer, StringComparison.Ordinal);
    }
}
