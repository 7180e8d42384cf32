using System.Text.Json.Nodes;
using PciBot.Tests.Infrastructure;
using PciBot.Updates;

namespace PciBot.Tests.Updates;

/// <summary>The "update" buttons other cards carry (answer lists, reminders listing several lines) open the update card.</summary>
public sealed class OpenButtonTests : IAsyncLifetime
{
    private UpdateScenario scenario = null!;

    public async Task InitializeAsync() => scenario = await UpdateScenario.StartAsync();

    public async Task DisposeAsync() => await scenario.DisposeAsync();

    private static JsonObject Open(int taskId, int? unitId = null, string? periodKey = null)
    {
        var data = new JsonObject { ["verb"] = ProgressVerbs.Open, ["taskId"] = taskId };
        if (unitId is not null)
        {
            data["unitId"] = unitId;
            data["periodKey"] = periodKey;
        }

        return data;
    }

    [Fact]
    public async Task ALineButtonOpensThatLinesFormInPlaceOfTheListForSomeoneWhoMayUpdateIt()
    {
        var unit = scenario.Unit("CNTTBCVT");

        var card = UpdateScenario.CardOf((await scenario.InvokeAsync(scenario.Head("CNTTBCVT"), Open(scenario.Task19, unit, UpdateScenario.MonthKey))).Body);

        var json = card.ToJsonString();
        Assert.Contains("\"verb\":\"progress.submit\"", json, StringComparison.Ordinal);
        Assert.Contains($"\"unitId\":{unit}", json, StringComparison.Ordinal);
        Assert.Contains($"\"periodKey\":\"{UpdateScenario.MonthKey}\"", json, StringComparison.Ordinal);
        Assert.Empty(await scenario.UpdatesAsync());
    }

    [Fact]
    public async Task ALineButtonPressedBySomeoneWhoMayNotUpdateTheLineIsRefusedPolitely()
    {
        var card = UpdateScenario.CardOf((await scenario.InvokeAsync(scenario.Head("TTBCXB"), Open(scenario.Task19, scenario.Unit("CNTTBCVT"), UpdateScenario.MonthKey))).Body);

        var json = card.ToJsonString();
        Assert.Contains("Không thể cập nhật", (string?)card["body"]![0]!["text"], StringComparison.Ordinal);
        Assert.DoesNotContain("progress.submit", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATaskButtonOnAnAnswerListRepliesBesideTheListWithThePressersOwnUpdateCard()
    {
        var before = scenario.Connector.Calls.Count;

        var head = scenario.Head("TTBCXB");

        using var response = await scenario.App.PostActivityAsync(Activities.CardSubmit(scenario.Connector.ServiceUrl, Open(scenario.Task19), head.TeamsUserId!, head.AadObjectId));

        Assert.True(response.IsSuccessStatusCode);
        var reply = (await scenario.Connector.WaitForCallsAsync(before + 1)).Skip(before).Single(c => c.Method == "POST").Body!;
        var cards = reply["attachments"]!.AsArray();
        var card = Assert.Single(cards)!["content"]!.ToJsonString();
        Assert.Contains("\"verb\":\"progress.submit\"", card, StringComparison.Ordinal);
        Assert.Contains($"\"unitId\":{scenario.Unit("TTBCXB")}", card, StringComparison.Ordinal);
        Assert.DoesNotContain($"\"unitId\":{scenario.Unit("CNTTBCVT")}", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATaskButtonPressedByAStrangerSaysWhoMayUpdateAndSavesNothing()
    {
        var before = scenario.Connector.Calls.Count;

        var stranger = UpdateScenario.Stranger;
        await scenario.App.PostActivityAsync(Activities.CardSubmit(scenario.Connector.ServiceUrl, Open(scenario.Task19), stranger.TeamsUserId!, stranger.AadObjectId));

        var reply = (await scenario.Connector.WaitForCallsAsync(before + 1)).Skip(before).Single(c => c.Method == "POST").Body!;
        Assert.Contains("PCI 19", (string?)reply["text"], StringComparison.Ordinal);
        Assert.Null(reply["attachments"]);
        Assert.Empty(await scenario.UpdatesAsync());
    }

    [Theory]
    [InlineData("{\"verb\":\"progress.open\"}")]
    [InlineData("{\"verb\":\"progress.open\",\"taskId\":\"-3\"}")]
    [InlineData("{\"verb\":\"progress.open\",\"taskId\":\"x\"}")]
    public async Task AButtonWithoutAValidTaskIsNotTakenForOne(string data)
    {
        var (status, body) = await scenario.InvokeAsync(scenario.Head("TTBCXB"), JsonNode.Parse(data)!.AsObject());

        Assert.Equal(System.Net.HttpStatusCode.OK, status);
        Assert.NotEqual("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        Assert.Empty(await scenario.UpdatesAsync());
    }
}
