using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PciBot.Conversations;
using PciBot.Testing;
using PciBot.Tests.Infrastructure;

namespace PciBot.Tests.Messaging;

public sealed class ConversationEndToEndTests : IAsyncLifetime
{
    private FakeConnector connector = null!;
    private PciBotApp app = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        app = PciBotApp.Create();
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task RepliesToHelpInThePersonalChatWithAHelpCard()
    {
        var response = await app.PostActivityAsync(Activities.PersonalMessage(connector.ServiceUrl, "trợ giúp", id: "msg-1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(await connector.WaitForCallsAsync(1));
        Assert.Equal("POST", call.Method);
        Assert.Equal("/v3/conversations/a:personal-29:user-1/activities/msg-1", call.Path);
        Assert.Equal("msg-1", (string?)call.Body!["replyToId"]);
        Assert.Equal("29:user-1", (string?)call.Body["recipient"]!["id"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)call.Body["attachments"]![0]!["contentType"]);
        Assert.Equal("1.5", (string?)call.Card!["version"]);
        Assert.Contains("nhiệm vụ 19", call.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowsOneTaskWithItsIndexUnitsAndTimeline()
    {
        await app.PostActivityAsync(Activities.PersonalMessage(connector.ServiceUrl, "nhiem vu 19"));

        var call = Assert.Single(await connector.WaitForCallsAsync(1));
        var card = call.CardText;
        Assert.Contains("PCI 19", card, StringComparison.Ordinal);
        Assert.Contains("Theo chế độ báo cáo định kỳ hàng tháng", card, StringComparison.Ordinal);
        Assert.Contains("Trọng số", card, StringComparison.Ordinal);
        Assert.Contains("Chủ trì", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswersInEnglishForAnEnglishLocale()
    {
        await app.PostActivityAsync(Activities.PersonalMessage(connector.ServiceUrl, "task 8", locale: "en-US"));

        var call = Assert.Single(await connector.WaitForCallsAsync(1));
        Assert.Contains("Lead", call.CardText, StringComparison.Ordinal);
        Assert.Contains("Deadline", call.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("Chủ trì", call.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowsAPgiTaskByFamilyAndNumber()
    {
        await app.PostActivityAsync(Activities.PersonalMessage(connector.ServiceUrl, "PGI 2"));

        var call = Assert.Single(await connector.WaitForCallsAsync(1));
        Assert.Contains("PGI 2", call.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListsTheTasksOfAnIndex()
    {
        await app.PostActivityAsync(Activities.PersonalMessage(connector.ServiceUrl, "nhiệm vụ A.I"));

        var call = Assert.Single(await connector.WaitForCallsAsync(1));
        Assert.Contains("A.I", call.CardText, StringComparison.Ordinal);
        Assert.Contains("PCI 1", call.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("PGI 1", call.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswersAnUnknownQuestionWithAHintInsteadOfSilence()
    {
        await app.PostActivityAsync(Activities.PersonalMessage(connector.ServiceUrl, "thời tiết hôm nay"));

        var call = Assert.Single(await connector.WaitForCallsAsync(1));
        Assert.Contains("trợ giúp", (string?)call.Body!["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RepliesInTheChannelThreadAndStripsTheMention()
    {
        await app.PostActivityAsync(Activities.ChannelMessage(connector.ServiceUrl, "nhiệm vụ 19", id: Activities.ChannelThread));

        var call = Assert.Single(await connector.WaitForCallsAsync(1));
        Assert.Equal("/v3/conversations/19:office@thread.tacv2;messageid=1700000000000/activities/1700000000000", call.Path);
        Assert.Contains("%3B", call.RawPath, StringComparison.Ordinal);
        Assert.Contains("PCI 19", call.CardText, StringComparison.Ordinal);
        var channel = await app.WithDbAsync(db => db.Conversations.SingleAsync(c => c.Kind == ConversationKind.Channel));
        Assert.Equal("19:office@thread.tacv2", channel.ConversationId);
        Assert.Equal("Văn phòng", channel.Name);
    }

    [Fact]
    public async Task RemembersTheUserAndForgetsReachabilityWhenTheAppIsRemoved()
    {
        await app.PostActivityAsync(Activities.InstallationUpdate(connector.ServiceUrl, "add"));
        var welcome = Assert.Single(await connector.WaitForCallsAsync(1));
        Assert.Equal("/v3/conversations/a:personal-29:user-1/activities", welcome.Path);

        var added = await app.WithDbAsync(db => db.Conversations.SingleAsync());
        Assert.True(added.IsReachable);
        Assert.Equal("aad-user-1", added.UserAadObjectId);

        var response = await app.PostActivityAsync(Activities.InstallationUpdate(connector.ServiceUrl, "remove"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var removed = await app.WithDbAsync(db => db.Conversations.SingleAsync());
        Assert.False(removed.IsReachable);
        Assert.Equal(added.Id, removed.Id);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[]")]
    [InlineData("{\"type\":\"message\"}")]
    [InlineData("{\"type\":42,\"conversation\":{\"id\":\"a\"},\"from\":{\"id\":\"b\"},\"serviceUrl\":\"http://x/\",\"channelId\":\"msteams\"}")]
    public async Task RejectsMalformedBodiesAndStoresNothing(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        var response = await app.CreateClient().PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Conversations.CountAsync()));
        Assert.Empty(connector.Calls);
    }

    [Fact]
    public async Task ReportsTheDatabaseOnHealthz()
    {
        var response = await app.CreateClient().GetStringAsync("/healthz");

        Assert.Contains("\"status\":\"Healthy\"", response, StringComparison.Ordinal);
        Assert.Contains("\"tasks\":27", response, StringComparison.Ordinal);
    }
}
