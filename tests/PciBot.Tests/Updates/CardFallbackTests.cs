using System.Net;
using PciBot.Tests.Infrastructure;
using PciBot.Updates;

namespace PciBot.Tests.Updates;

public sealed class CardFallbackTests : IAsyncLifetime
{
    private UpdateScenario scenario = null!;

    public async Task InitializeAsync() => scenario = await UpdateScenario.StartAsync();

    public async Task DisposeAsync() => await scenario.DisposeAsync();

    [Fact]
    public async Task AFallbackSubmitIsStoredAndTheOriginalCardIsReplacedInPlace()
    {
        var head = scenario.Head("TTBCXB");
        var submit = Activities.CardSubmit(scenario.Connector.ServiceUrl, scenario.Submit19(), head.TeamsUserId!, head.AadObjectId, replyToId: "card-7", userName: head.Name);

        using var response = await scenario.App.PostActivityAsync(submit);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(await scenario.Connector.WaitForCallsAsync(1));
        Assert.Equal("PUT", call.Method);
        Assert.Equal($"/v3/conversations/a:personal-{head.TeamsUserId}/activities/card-7", call.Path);
        Assert.Equal("card-7", (string?)call.Body!["id"]);
        Assert.Contains($"Đã cập nhật bởi {head.Name} lúc 08:00 20/11/2023", call.CardText, StringComparison.Ordinal);
        var row = Assert.Single(await scenario.UpdatesAsync());
        Assert.Equal("card-7", row.SourceActivityId);
    }

    [Fact]
    public async Task AFallbackSubmitWithAnInvalidEntryPutsTheFormBackWithTheEntriesAndTheError()
    {
        var head = scenario.Head("TTBCXB");
        var data = scenario.Submit19(percent: "120", result: "Đã đăng 12 tin bài");
        var submit = Activities.CardSubmit(scenario.Connector.ServiceUrl, data, head.TeamsUserId!, head.AadObjectId, replyToId: "card-7");

        await scenario.App.PostActivityAsync(submit);

        var call = Assert.Single(await scenario.Connector.WaitForCallsAsync(1));
        Assert.Equal("PUT", call.Method);
        var card = call.Card!;
        Assert.NotNull(CardJson.ById(card, "percentError"));
        Assert.Equal("Đã đăng 12 tin bài", (string?)CardJson.ById(card, ProgressFields.Result)!["value"]);
        Assert.Empty(await scenario.UpdatesAsync());
    }

    [Fact]
    public async Task AFallbackRefusalIsAReplyAndLeavesTheCardAlone()
    {
        var stranger = UpdateScenario.Stranger;
        var submit = Activities.CardSubmit(scenario.Connector.ServiceUrl, scenario.Submit19(), stranger.TeamsUserId!, stranger.AadObjectId, replyToId: "card-7", id: "submit-9");

        await scenario.App.PostActivityAsync(submit);

        var call = Assert.Single(await scenario.Connector.WaitForCallsAsync(1));
        Assert.Equal("POST", call.Method);
        Assert.Equal($"/v3/conversations/a:personal-{stranger.TeamsUserId}/activities/submit-9", call.Path);
        Assert.Contains("Không thể cập nhật", call.CardText, StringComparison.Ordinal);
        Assert.Empty(await scenario.UpdatesAsync());
    }

    [Fact]
    public async Task AMessageWithSomeoneElsesCardDataIsLeftToTheChat()
    {
        var head = scenario.Head("TTBCXB");
        var value = new System.Text.Json.Nodes.JsonObject { ["verb"] = "poll.vote", ["choice"] = "a" };

        await scenario.App.PostActivityAsync(Activities.CardSubmit(scenario.Connector.ServiceUrl, value, head.TeamsUserId!, head.AadObjectId));
        await scenario.App.PostActivityAsync(Activities.PersonalMessage(scenario.Connector.ServiceUrl, "trợ giúp", head.TeamsUserId!, head.AadObjectId, id: "msg-2"));

        var call = Assert.Single(await scenario.Connector.WaitForCallsAsync(1));
        Assert.EndsWith("/activities/msg-2", call.Path, StringComparison.Ordinal);
        Assert.Empty(await scenario.UpdatesAsync());
    }

    [Fact]
    public async Task InAChannelEveryoneElseSeesTheUpdatedCardButNotInAPersonalChat()
    {
        var head = scenario.Head("TTBCXB");

        var personal = await scenario.InvokeAsync(head, scenario.Submit19(percent: "50"), replyToId: "card-personal");
        var channel = await scenario.InvokeAsync(head, scenario.Submit19(percent: "70"), conversationType: "channel", replyToId: "card-channel");

        Assert.Contains("70%", CardJson.Text(UpdateScenario.CardOf(channel.Body)), StringComparison.Ordinal);
        Assert.Contains("50%", CardJson.Text(UpdateScenario.CardOf(personal.Body)), StringComparison.Ordinal);
        // Replacements are sent in order, so a replacement of the personal card would have come first.
        var call = (await scenario.Connector.WaitForCallsAsync(1))[0];
        Assert.Equal("PUT", call.Method);
        Assert.Equal("/v3/conversations/19:office@thread.tacv2;messageid=1700000000000/activities/card-channel", call.Path);
        Assert.Contains("70%", call.CardText, StringComparison.Ordinal);
        Assert.Contains("Đã cập nhật bởi", call.CardText, StringComparison.Ordinal);
    }
}
