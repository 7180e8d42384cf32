using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PciBot.Digests;
using PciBot.Outbox;
using PciBot.Tests.Infrastructure;

namespace PciBot.Tests.Office;

/// <summary>Download links are signed for one person: asked for in a group, they go to that person's personal chat only.</summary>
public sealed class PrivateLinksTests : IAsyncLifetime
{
    private const string ChannelConversation = "19:office@thread.tacv2;messageid=1700000000000";

    private OfficeScenario scenario = null!;

    public async Task InitializeAsync() => scenario = await OfficeScenario.StartAsync();

    public async Task DisposeAsync() => await scenario.DisposeAsync();

    /// <summary>The first call that matches, waiting for it; the dispatcher may send other notices meanwhile.</summary>
    private async Task<PciBot.Testing.RecordedCall> CallAsync(Func<PciBot.Testing.RecordedCall, bool> match)
    {
        for (var count = 1; count < 50; count++)
        {
            if ((await scenario.Updates.Connector.WaitForCallsAsync(count)).FirstOrDefault(match) is { } call)
            {
                return call;
            }
        }

        throw new TimeoutException("The bot made no such call.");
    }

    private static bool InChannel(PciBot.Testing.RecordedCall call) => call.Method == "POST" && call.Path.StartsWith("/v3/conversations/19:office@thread.tacv2", StringComparison.Ordinal);

    private static bool WithLinks(PciBot.Testing.RecordedCall call) => call.Method == "POST" && call.Body!.ToJsonString().Contains("/exports/", StringComparison.Ordinal);

    private Task<int> DispatchAsync() => scenario.App.Services.GetRequiredService<OutboxDispatcher>().RunOnceAsync(CancellationToken.None);

    private JsonObject PressDownload(string person, string conversationType, string id) =>
        Activities.CardSubmit(
            scenario.Updates.Connector.ServiceUrl,
            JsonSerializer.SerializeToNode(OfficeVerbs.Download("rollup-2023-Q4.docx"))!.AsObject(),
            scenario.Updates.People[person].TeamsUserId!,
            scenario.Updates.People[person].AadObjectId,
            conversationType: conversationType,
            id: id,
            userName: scenario.Updates.People[person].Name);

    [Fact]
    public async Task PressedInTheChannelTheLinksGoToThePressersPersonalChatAndTheChannelIsOnlyTold()
    {
        var office = scenario.Updates.People["office"];
        var connector = scenario.Updates.Connector;

        await scenario.App.PostActivityAsync(PressDownload("office", "channel", "press-1"));
        var inChannel = await CallAsync(InChannel);

        Assert.StartsWith($"/v3/conversations/{ChannelConversation}/activities", inChannel.Path, StringComparison.Ordinal);
        Assert.Contains("trò chuyện riêng", (string?)inChannel.Body!["text"], StringComparison.Ordinal);
        Assert.DoesNotContain("/exports/", inChannel.Body!.ToJsonString(), StringComparison.Ordinal);
        Assert.Null(inChannel.Body!["attachments"]);

        await DispatchAsync();
        var calls = await connector.WaitForCallsAsync(2);
        var privately = await CallAsync(WithLinks);
        AssertPersonalChatWith(office, privately, connector.Calls);
        Assert.Contains("/exports/rollup-2023-Q4.docx", privately.Body!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("/exports/rollup-2023-Q4.xlsx", privately.Body!.ToJsonString(), StringComparison.Ordinal);
        Assert.All(calls.Where(c => c.Path.Contains(ChannelConversation, StringComparison.Ordinal)), c => Assert.DoesNotContain("/exports/", c.Body?.ToJsonString() ?? "", StringComparison.Ordinal));
    }

    /// <summary>The office person had never written to the bot, so the bot opened the personal chat with them first.</summary>
    private static void AssertPersonalChatWith(PciBot.People.Person person, PciBot.Testing.RecordedCall sent, IEnumerable<PciBot.Testing.RecordedCall> calls)
    {
        Assert.DoesNotContain(ChannelConversation, sent.Path, StringComparison.Ordinal);
        Assert.Contains(calls, c => c.Method == "POST" && c.Path == "/v3/conversations"
            && (string?)c.Body!["members"]![0]!["id"] == person.TeamsUserId && (bool?)c.Body!["isGroup"] == false);
        Assert.StartsWith("/v3/conversations/a:", sent.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSamePressDeliveredTwiceSendsTheLinksOnce()
    {
        await scenario.App.PostActivityAsync(PressDownload("office", "channel", "press-2"));
        await scenario.App.PostActivityAsync(PressDownload("office", "channel", "press-2"));
        await CallAsync(InChannel);

        var rows = await scenario.App.WithDbAsync(db => db.Outbox.AsNoTracking().Where(o => o.PeriodKey.StartsWith("links/")).ToListAsync());

        Assert.Equal(scenario.Updates.People["office"].Id, Assert.Single(rows).PersonId);
    }

    [Theory]
    [InlineData("xuất báo cáo", "rollup-2023-Q4")]
    [InlineData("báo cáo năm", "year-2023")]
    public async Task AskedForInTheChannelTheLinksAreNotPostedThere(string command, string report)
    {
        var connector = scenario.Updates.Connector;
        var office = scenario.Updates.People["office"];
        var message = Activities.ChannelMessage(connector.ServiceUrl, command, id: "1700000000001");
        message["from"] = new JsonObject { ["id"] = office.TeamsUserId, ["name"] = office.Name, ["aadObjectId"] = office.AadObjectId };

        await scenario.App.PostActivityAsync(message);
        var inChannel = await CallAsync(InChannel);
        await DispatchAsync();

        Assert.True(((string?)inChannel.Body!["text"])?.Contains("trò chuyện riêng", StringComparison.Ordinal), inChannel.Body.ToJsonString());
        Assert.DoesNotContain("/exports/", inChannel.Body!.ToJsonString(), StringComparison.Ordinal);
        var privately = await CallAsync(WithLinks);
        AssertPersonalChatWith(office, privately, connector.Calls);
        Assert.Contains($"/exports/{report}.docx", privately.Body!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InThePersonalChatTheLinksComeInTheReply()
    {
        var reply = await scenario.AskAsync(scenario.Updates.People["office"], PressDownload("office", "personal", "press-3"));

        Assert.Contains("/exports/rollup-2023-Q4.docx", reply.Body!.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(await scenario.App.WithDbAsync(db => db.Outbox.AsNoTracking().Where(o => o.PeriodKey.StartsWith("links/")).ToListAsync()));
    }
}
