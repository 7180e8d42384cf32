using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PciBot.BotFramework.Connector;
using PciBot.BotFramework.Schema;
using PciBot.Inbox;
using PciBot.Testing;
using PciBot.Tests.Infrastructure;

namespace PciBot.Tests.Inbox;

public sealed class InboxTests
{
    [Fact]
    public async Task AMessageIsStoredBeforeItIsAcknowledgedAndMarkedDoneOnceAnswered()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = PciBotApp.Create();

        await app.PostActivityAsync(Activities.PersonalMessage(connector.ServiceUrl, "giúp", id: "stored-1"));
        await connector.WaitForCallsAsync(1);

        var row = await WaitForAsync(app, db => db.IncomingMessages.AsNoTracking().SingleAsync(), r => r.DoneAt is not null);
        Assert.Equal("a:personal-29:user-1", row.ConversationId);
        Assert.Equal("stored-1", row.ActivityId);
        Assert.Null(row.HeldBy);
        Assert.Equal("giúp", JsonSerializer.Deserialize<Activity>(row.Activity, BotJson.Options)!.Text);
    }

    [Fact]
    public async Task AnActivityTeamsDeliversTwiceIsAnsweredOnce()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = PciBotApp.Create();
        var message = Activities.PersonalMessage(connector.ServiceUrl, "giúp", id: "twice-1");

        var first = await app.PostActivityAsync(message);
        var second = await app.PostActivityAsync(message.DeepClone());
        await app.PostActivityAsync(Activities.PersonalMessage(connector.ServiceUrl, "giúp", id: "twice-2"));
        await connector.WaitForCallsAsync(2);
        await Task.Delay(TimeSpan.FromMilliseconds(500));

        Assert.Equal(System.Net.HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(2, connector.Calls.Count);
        Assert.Equal(["twice-1", "twice-2"], connector.Calls.Select(c => c.Path.Split('/')[^1]));
        Assert.Equal(2, await app.WithDbAsync(db => db.IncomingMessages.CountAsync()));
    }

    [Fact]
    public async Task AMessageAnotherInstanceHeldPastItsHoldIsTakenOverAndOneStillHeldIsLeftAlone()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = PciBotApp.Create(settings: new Dictionary<string, string?> { ["Inbox:SweepEvery"] = "00:00:00.200" });
        var now = app.Services.GetRequiredKeyedService<TimeProvider>(ConnectorOptions.ClockKey).GetUtcNow();
        await app.WithDbAsync(db =>
        {
            db.IncomingMessages.Add(Row(connector, "orphan", now, heldBy: "other-node/dead-run", heldUntil: now.AddSeconds(-1)));
            db.IncomingMessages.Add(Row(connector, "alive", now, heldBy: "other-node/live-run", heldUntil: now.AddMinutes(5), user: "29:user-2"));
            return db.SaveChangesAsync();
        });

        var call = Assert.Single(await connector.WaitForCallsAsync(1));
        await Task.Delay(TimeSpan.FromMilliseconds(600));

        Assert.EndsWith("/activities/orphan", call.Path, StringComparison.Ordinal);
        Assert.Single(connector.Calls);
        var rows = await app.WithDbAsync(db => db.IncomingMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync());
        Assert.NotNull(rows[0].DoneAt);
        Assert.Equal(1, rows[0].Takeovers);
        Assert.Null(rows[1].DoneAt);
        Assert.Equal("other-node/live-run", rows[1].HeldBy);
    }

    [Fact]
    public async Task AnsweredMessagesAreForgottenAfterTheyAreKeptLongEnoughToRecogniseARedelivery()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = PciBotApp.Create();
        var now = app.Services.GetRequiredKeyedService<TimeProvider>(ConnectorOptions.ClockKey).GetUtcNow();
        await app.WithDbAsync(db =>
        {
            db.IncomingMessages.Add(Row(connector, "old", now, done: now.AddDays(-2)));
            db.IncomingMessages.Add(Row(connector, "recent", now, done: now.AddHours(-1)));
            db.IncomingMessages.Add(Row(connector, "waiting", now.AddDays(-3), heldBy: "other-node/live-run", heldUntil: now.AddMinutes(5)));
            return db.SaveChangesAsync();
        });

        var forgotten = await app.Services.GetRequiredService<InboxStore>().ForgetAnsweredAsync();

        Assert.Equal(1, forgotten);
        Assert.Equal(["recent", "waiting"], await app.WithDbAsync(db => db.IncomingMessages.OrderBy(m => m.Id).Select(m => m.ActivityId!).ToListAsync()));
    }

    private static IncomingMessage Row(FakeConnector connector, string id, DateTimeOffset accepted, string? heldBy = null, DateTimeOffset? heldUntil = null, DateTimeOffset? done = null, string user = "29:user-1")
    {
        var activity = Activities.PersonalMessage(connector.ServiceUrl, "giúp", userId: user, id: id);
        return new IncomingMessage
        {
            ConversationId = $"a:personal-{user}",
            ActivityId = id,
            Activity = activity.ToJsonString(),
            AcceptedAt = accepted,
            HeldBy = heldBy,
            HeldUntil = heldUntil,
            DoneAt = done,
        };
    }

    private static async Task<T> WaitForAsync<T>(PciBotApp app, Func<PciBot.Data.PciBotDbContext, Task<T>> query, Func<T, bool> done)
    {
        for (var i = 0; ; i++)
        {
            var value = await app.WithDbAsync(query);
            if (done(value) || i == 100)
            {
                return value;
            }

            await Task.Delay(50);
        }
    }
}
