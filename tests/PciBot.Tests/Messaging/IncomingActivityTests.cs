using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PciBot.Conversations;
using PciBot.People;
using PciBot.Testing;
using PciBot.Tests.Infrastructure;

namespace PciBot.Tests.Messaging;

/// <summary>Answers come from several queue readers; what an activity says of its conversation and sender is stored only when it changed.</summary>
public sealed class IncomingActivityTests : IAsyncLifetime
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
    public async Task EachConversationIsAnsweredInTheOrderItsMessagesCame()
    {
        connector.Latency = TimeSpan.FromMilliseconds(20);
        const int users = 8;
        const int messages = 6;
        await Task.WhenAll(Enumerable.Range(1, users).Select(async user =>
        {
            for (var m = 1; m <= messages; m++)
            {
                var response = await app.PostActivityAsync(
                    Activities.PersonalMessage(connector.ServiceUrl, $"nhiem vu {m}", userId: $"29:lane-{user}", aadObjectId: $"aad-lane-{user}", id: $"msg-{m}"));
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
        }));

        var calls = await connector.WaitForCallsAsync(users * messages);
        for (var user = 1; user <= users; user++)
        {
            var prefix = $"/v3/conversations/a:personal-29:lane-{user}/activities/";
            var order = calls.Where(c => c.Path.StartsWith(prefix, StringComparison.Ordinal)).Select(c => c.Path[prefix.Length..]).ToList();
            Assert.Equal(Enumerable.Range(1, messages).Select(m => $"msg-{m}"), order);
        }
    }

    [Fact]
    public async Task AChangedServiceUrlIsStoredWhileAnUnchangedActivityWritesNothing()
    {
        await app.PostActivityAsync(Activities.PersonalMessage(connector.ServiceUrl, "trợ giúp"));
        var first = await app.WithDbAsync(db => db.Conversations.AsNoTracking().SingleAsync());

        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await app.PostActivityAsync(Activities.PersonalMessage(connector.ServiceUrl, "trợ giúp", id: "msg-2"));
        var unchanged = await app.WithDbAsync(db => db.Conversations.AsNoTracking().SingleAsync());
        Assert.Equal(first.LastSeenAt, unchanged.LastSeenAt);

        var moved = connector.ServiceUrl + "emea/";
        await app.PostActivityAsync(Activities.PersonalMessage(moved, "trợ giúp", id: "msg-3"));
        var changed = await app.WithDbAsync(db => db.Conversations.AsNoTracking().SingleAsync());
        Assert.Equal(moved, changed.ServiceUrl);
        Assert.Equal(first.Id, changed.Id);
        Assert.Equal(app.Clock.GetUtcNow(), changed.LastSeenAt);

        app.Clock.Advance(StoredConversations.LastSeenRefresh);
        await app.PostActivityAsync(Activities.PersonalMessage(moved, "trợ giúp", id: "msg-4"));
        var refreshed = await app.WithDbAsync(db => db.Conversations.AsNoTracking().SingleAsync());
        Assert.Equal(app.Clock.GetUtcNow(), refreshed.LastSeenAt);
    }

    [Fact]
    public async Task AConversationFoundUnreachableElsewhereIsReachableAgainWhenThePersonWrites()
    {
        await app.PostActivityAsync(Activities.PersonalMessage(connector.ServiceUrl, "trợ giúp"));
        var record = await app.WithDbAsync(db => db.Conversations.AsNoTracking().SingleAsync());
        await app.WithDbAsync(db => db.Conversations.Where(c => c.Id == record.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.IsReachable, false).SetProperty(c => c.UnreachableReason, "403")));
        app.Services.GetRequiredService<StoredConversations>().Forget(record.Id);

        await app.PostActivityAsync(Activities.PersonalMessage(connector.ServiceUrl, "trợ giúp", id: "msg-2"));

        var again = await app.WithDbAsync(db => db.Conversations.AsNoTracking().SingleAsync());
        Assert.True(again.IsReachable);
        Assert.Null(again.UnreachableReason);
    }

    [Fact]
    public async Task APersonWhoseNameChangedIsStoredWithTheNewName()
    {
        await app.PostActivityAsync(Activities.PersonalMessage(connector.ServiceUrl, "trợ giúp"));
        var renamed = Activities.PersonalMessage(connector.ServiceUrl, "trợ giúp", id: "msg-2");
        renamed["from"]!["name"] = "Nguyễn Văn B";
        await app.PostActivityAsync(renamed);

        var person = await app.WithDbAsync(db => db.People.AsNoTracking().SingleAsync(p => p.AadObjectId == "aad-user-1"));
        Assert.Equal("Nguyễn Văn B", person.Name);
    }
}
