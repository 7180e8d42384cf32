using Microsoft.Extensions.DependencyInjection;
using PciBot.Testing;
using PciBot.Tests.Infrastructure;

namespace PciBot.Tests.Messaging;

public sealed class ChatLimitTests
{
    [Fact]
    public async Task AFloodGetsOneSlowDownAndNothingBeyondItWhileOthersAreStillAnswered()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = PciBotApp.Create(settings: new Dictionary<string, string?>
        {
            ["Messaging:ChatLimit:Burst"] = "3",
            ["Messaging:ChatLimit:PerMinute"] = "1",
        });

        for (var i = 0; i < 9; i++)
        {
            var response = await app.PostActivityAsync(Activities.PersonalMessage(connector.ServiceUrl, "giúp", userId: "29:flood", aadObjectId: "aad-flood", id: $"flood-{i}"));
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        }

        await app.PostActivityAsync(Activities.PersonalMessage(connector.ServiceUrl, "giúp", userId: "29:calm", aadObjectId: "aad-calm", id: "calm-1"));
        await connector.WaitForCallsAsync(5);
        await Task.Delay(TimeSpan.FromSeconds(1));

        var flood = connector.Calls.Where(c => c.ConversationId == "a:personal-29:flood").ToList();
        Assert.Equal(4, flood.Count);
        Assert.Equal(1, flood.Count(c => c.Body?["text"]?.GetValue<string>()?.Contains("đang gửi tin nhanh hơn", StringComparison.Ordinal) == true));
        Assert.Contains("đang gửi tin nhanh hơn", flood[^1].Body!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Single(connector.Calls, c => c.ConversationId == "a:personal-29:calm");
    }

    [Fact]
    public async Task CardSubmitsSentAsMessagesAreNeverCountedAgainstTheLimit()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = PciBotApp.Create(settings: new Dictionary<string, string?>
        {
            ["Messaging:ChatLimit:Burst"] = "1",
            ["Messaging:ChatLimit:PerMinute"] = "1",
        });
        var limiter = app.Services.GetRequiredService<PciBot.Messaging.ChatLimiter>();

        for (var i = 0; i < 5; i++)
        {
            var submit = Activities.PersonalMessage(connector.ServiceUrl, "", userId: "29:cards", aadObjectId: "aad-cards", id: $"card-{i}");
            submit.Remove("text");
            submit["value"] = new System.Text.Json.Nodes.JsonObject { ["verb"] = "help.show" };
            await app.PostActivityAsync(submit);
        }

        Assert.Equal(PciBot.Messaging.ChatAllowance.Answer, limiter.Take("aad-cards"));
        Assert.Equal(PciBot.Messaging.ChatAllowance.SlowDown, limiter.Take("aad-cards"));
        Assert.Equal(PciBot.Messaging.ChatAllowance.Drop, limiter.Take("aad-cards"));
    }
}
