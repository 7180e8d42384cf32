using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PciBot.Outbox;
using PciBot.People;
using PciBot.Schedules;
using PciBot.Testing;
using PciBot.Tests.Infrastructure;
using PciBot.Updates;

namespace PciBot.Tests.Updates;

/// <summary>Every state of the update card, in both languages, is a valid Adaptive Card 1.5 and far below Teams' size limit.</summary>
public sealed class ProgressCardSchemaTests(CardValidator validator) : IClassFixture<CardValidator>, IAsyncLifetime
{
    /// <summary>Teams refuses bot messages over about 100 KB (UTF-16); a card should stay well below it.</summary>
    private const int SizeBudget = 40 * 1024;

    private UpdateScenario scenario = null!;

    public async Task InitializeAsync() => scenario = await UpdateScenario.StartAsync();

    public async Task DisposeAsync() => await scenario.DisposeAsync();

    [Fact]
    public async Task EveryStateOfTheCardIsAValidAdaptiveCard15WellUnderTheSizeLimit()
    {
        var cards = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        var head = scenario.Head("TTBCXB");
        var refresh19 = UpdateScenario.Data(ProgressVerbs.Refresh, scenario.Task19, scenario.Unit("TTBCXB"), UpdateScenario.MonthKey);
        var refresh1 = UpdateScenario.Data(ProgressVerbs.Refresh, scenario.Task1, scenario.Unit("CNTTBCVT"), UpdateScenario.QuarterKey);
        foreach (var (language, locale) in new[] { ("vi", "vi-VN"), ("en", "en-US") })
        {
            async Task AddAsync(string name, Person who, JsonObject data) =>
                cards[$"{name}-{language}"] = UpdateScenario.CardOf((await scenario.InvokeAsync(who, data, locale)).Body);

            // Card presses and reminders come in the language each person last wrote in: in this pass, its language.
            await scenario.App.WithDbAsync(db => db.People.ExecuteUpdateAsync(s => s.SetProperty(p => p.Language, language)));

            await AddAsync("fresh", head, refresh19.DeepClone().AsObject());
            await AddAsync("contribution", scenario.Head("CNTTBCVT"), refresh1.DeepClone().AsObject());
            await AddAsync("refused", UpdateScenario.Stranger, scenario.Submit19());
            await AddAsync("invalid", head, scenario.Submit19(status: "", percent: "150", evidence: "stttt.khanhhoa.gov.vn", result: new string('x', 2001)));
            var snooze = UpdateScenario.Data(ProgressVerbs.Snooze, scenario.Task19, scenario.Unit("TTBCXB"), UpdateScenario.MonthKey, snooze: "3d");
            await AddAsync("snoozed", head, snooze);
            var extension = UpdateScenario.Data(ProgressVerbs.Extend, scenario.Task19, scenario.Unit("TTBCXB"), UpdateScenario.MonthKey, cardId: $"ext{language}");
            extension[ProgressFields.ExtendTo] = "2023-12-01";
            await AddAsync("extension-refused", head, extension.DeepClone().AsObject());
            extension[ProgressFields.ExtendTo] = "2023-12-29";
            extension[ProgressFields.ExtendReason] = "Chờ số liệu của Sở KH&ĐT";
            await AddAsync("extension-sent", head, extension);
            await AddAsync("updated", head, scenario.Submit19(cardId: $"upd{language}", obstacles: "Thiếu nhân lực"));
            await AddAsync("editing", head, CardJson.Button(cards[$"updated-{language}"], ProgressVerbs.Edit)["data"]!.DeepClone().AsObject());
            await AddAsync("with-latest", scenario.People["TTBCXB-delegate"], refresh19.DeepClone().AsObject());
            await AddAsync("seen-by-others", scenario.Head("VP"), refresh19.DeepClone().AsObject());

            cards[$"reminder-{language}"] = (await scenario.ReminderAsync("VP", ReminderStage.Reminder, locale)).Card;
            cards[$"follow-up-{language}"] = (await scenario.ReminderAsync("CNTTBCVT", ReminderStage.FollowUp, locale)).Card;
            // Other calls (the request for more time going to the Office) may arrive meanwhile: pick the reply.
            var before = scenario.Connector.Calls.Count;
            await scenario.App.PostActivityAsync(Activities.PersonalMessage(scenario.Connector.ServiceUrl, language == "vi" ? "lịch sử nhiệm vụ 19" : "history task 19", head.TeamsUserId!, head.AadObjectId, locale, id: $"history-{language}"));
            RecordedCall? reply = null;
            for (var count = before + 1; reply is null; count++)
            {
                reply = (await scenario.Connector.WaitForCallsAsync(count)).SingleOrDefault(c => c.Path.EndsWith($"/activities/history-{language}", StringComparison.Ordinal));
            }

            cards[$"history-{language}"] = reply.Card!;
        }

        var notice = await scenario.App.WithDbAsync(db => db.Outbox.AsNoTracking().FirstAsync(o => o.Subject.StartsWith(ExtensionRequests.SubjectPrefix)));
        cards["extension-notice-vi"] = await scenario.RenderAsync(notice);

        var run = await validator.ValidateAsync(cards);

        Assert.True(run.ExitCode == 0, run.Printed);
        Assert.Equal(cards.Count, run.Output.Split('\n').Count(l => l.StartsWith("valid: ", StringComparison.Ordinal)));
        Assert.All(cards, card => Assert.True(CardJson.Utf16Bytes(card.Value) < SizeBudget, $"{card.Key}: {CardJson.Utf16Bytes(card.Value)} bytes"));
        Assert.All(cards.Where(c => c.Key.EndsWith("-en", StringComparison.Ordinal)), card => Assert.Equal("en", (string?)card.Value["lang"]));
        Assert.All(cards.Where(c => c.Key.EndsWith("-vi", StringComparison.Ordinal)), card => Assert.Equal("vi", (string?)card.Value["lang"]));
    }

    [Fact]
    public async Task TheValidatorRejectsACardThatBreaksTheSchema()
    {
        var card = UpdateScenario.CardOf((await scenario.InvokeAsync(scenario.Head("TTBCXB"), scenario.Submit19())).Body);
        card["version"] = "1.6";
        card["body"]![0]!["color"] = "purple";
        card["body"]![0]!["colour"] = "red";
        card["refresh"]!["userIds"] = new JsonArray(Enumerable.Range(0, 61).Select(i => (JsonNode)$"29:user-{i}").ToArray());

        var run = await validator.ValidateAsync(new Dictionary<string, JsonObject> { ["broken"] = card });

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("/version", run.Error, StringComparison.Ordinal);
        Assert.Contains("/body/0/colour", run.Error, StringComparison.Ordinal);
        Assert.Contains("\"purple\"", run.Error, StringComparison.Ordinal);
        Assert.Contains("/refresh/userIds", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheValidatorRejectsButtonDataTheLocalClientCannotPress()
    {
        var card = UpdateScenario.CardOf((await scenario.InvokeAsync(scenario.Head("TTBCXB"), scenario.Submit19())).Body);
        var body = card["body"]!.AsArray();
        body.Add(new JsonObject { ["type"] = "Input.Text", ["id"] = "Key" });
        body.Add(new JsonObject
        {
            ["type"] = "ActionSet",
            ["actions"] = new JsonArray(
                new JsonObject { ["type"] = "Action.Submit", ["title"] = "Sửa", ["data"] = new JsonObject { ["verb"] = "admin.schedule.edit", ["key"] = "monthly" } },
                new JsonObject { ["type"] = "Action.Execute", ["title"] = "Cập nhật", ["verb"] = "x", ["data"] = new JsonObject { ["msteams"] = new JsonObject { ["type"] = "messageBack" } } }),
        });

        var run = await validator.ValidateAsync(new Dictionary<string, JsonObject> { ["reserved"] = card });

        Assert.True(run.ExitCode == 1, run.Printed);
        Assert.True(run.Printed.Contains($"/body/{body.Count - 2}/id", StringComparison.Ordinal), run.Printed);
        Assert.True(run.Printed.Contains($"/body/{body.Count - 1}/actions/0/data/key", StringComparison.Ordinal), run.Printed);
        Assert.True(run.Printed.Contains($"/body/{body.Count - 1}/actions/1/data/msteams", StringComparison.Ordinal), run.Printed);
    }
}
