using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PciBot.Outbox;
using PciBot.Tests.Infrastructure;
using PciBot.Updates;

namespace PciBot.Tests.Updates;

/// <summary>Every state of the Office's card for a request for more time, and what the head is told, is a valid Adaptive Card 1.5 in both languages.</summary>
public sealed class ExtensionCardSchemaTests(CardValidator validator) : IClassFixture<CardValidator>, IAsyncLifetime
{
    private UpdateScenario scenario = null!;

    public async Task InitializeAsync() => scenario = await UpdateScenario.StartAsync();

    public async Task DisposeAsync() => await scenario.DisposeAsync();

    [Fact]
    public async Task EveryStateOfTheRequestCardAndOfTheHeadsNoticeIsAValidAdaptiveCard15()
    {
        var cards = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        var office = scenario.People["office"];
        // Each approval moves the line's cut-off, so each language asks for later dates than the one before.
        foreach (var (language, locale, reason, approve, decline) in new[]
        {
            ("vi", "vi-VN", "Chờ số liệu của Sở KH&ĐT", "2023-12-29", "2024-01-05"),
            ("en", "en-US", "Waiting for the planning department's figures", "2024-01-10", "2024-01-12"),
        })
        {
            var approvedRequest = await ExtensionScenario.RequestAsync(scenario, approve, reason, locale);
            var declinedRequest = await ExtensionScenario.RequestAsync(scenario, decline, reason, locale);
            cards[$"request-{language}"] = approvedRequest;
            cards[$"approve-refused-{language}"] = (await ExtensionScenario.DecideAsync(scenario, office, approvedRequest, ExtensionVerbs.Approve, grantUntil: "2023-12-01", locale: locale)).Card;
            cards[$"decline-refused-{language}"] = (await ExtensionScenario.DecideAsync(scenario, office, approvedRequest, ExtensionVerbs.Decline, locale: locale)).Card;
            cards[$"not-office-{language}"] = (await ExtensionScenario.DecideAsync(scenario, scenario.Head("TTBCXB"), approvedRequest, ExtensionVerbs.Approve, locale: locale)).Card;
            cards[$"approved-{language}"] = (await ExtensionScenario.DecideAsync(scenario, office, approvedRequest, ExtensionVerbs.Approve, locale: locale)).Card;
            cards[$"already-decided-{language}"] = (await ExtensionScenario.DecideAsync(scenario, office, approvedRequest, ExtensionVerbs.Decline, reason: "Không", locale: locale)).Card;
            cards[$"declined-{language}"] = (await ExtensionScenario.DecideAsync(scenario, office, declinedRequest, ExtensionVerbs.Decline, reason: reason, locale: locale)).Card;
        }

        var told = await scenario.App.WithDbAsync(db => db.Outbox.AsNoTracking().Where(o => o.Kind == ExtensionDecisions.Kind).OrderBy(o => o.Id).ToListAsync());
        Assert.Equal(4, told.Count);
        cards["head-approved-vi"] = await scenario.RenderAsync(told[0], "vi-VN");
        cards["head-declined-vi"] = await scenario.RenderAsync(told[1], "vi-VN");
        cards["head-approved-en"] = await scenario.RenderAsync(told[2], "en-US");
        cards["head-declined-en"] = await scenario.RenderAsync(told[3], "en-US");

        var run = await validator.ValidateAsync(cards);

        Assert.True(run.ExitCode == 0, run.Printed);
        Assert.Equal(cards.Count, run.Output.Split('\n').Count(l => l.StartsWith("valid: ", StringComparison.Ordinal)));
        Assert.All(cards.Where(c => c.Key.EndsWith("-en", StringComparison.Ordinal)), card => Assert.Equal("en", (string?)card.Value["lang"]));
        Assert.All(cards.Where(c => c.Key.EndsWith("-vi", StringComparison.Ordinal)), card => Assert.Equal("vi", (string?)card.Value["lang"]));
    }
}
