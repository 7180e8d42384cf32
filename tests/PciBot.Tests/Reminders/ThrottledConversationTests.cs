using Microsoft.Extensions.DependencyInjection;
using PciBot.Outbox;
using PciBot.Testing;
using PciBot.Tests.Infrastructure;

namespace PciBot.Tests.Reminders;

/// <summary>A conversation Teams throttled gets nothing more before its <c>Retry-After</c>, from whichever sender.</summary>
public sealed class ThrottledConversationTests
{
    [Fact]
    public async Task ARowWaitingForAThrottledConversationWaitsOutItsRetryAfter()
    {
        await using var connector = await FakeConnector.StartAsync();

        // One row per batch, so a person's reminders go to different senders and queue for the same chat; a Retry-After
        // longer than the connector client waits out itself, so the sender sees the 429.
        await using var app = PciBotApp.Create(now: ReminderDeliveryTests.BeforeQ4Reminder, settings: Dispatching.Settings(connector, more: new Dictionary<string, string?>
        {
            ["Dispatch:BatchSize"] = "1",
            ["Dispatch:Parallelism"] = "4",
            ["Bot:Connector:MaxRetryAfter"] = "00:00:00.500",
        }));
        var person = (await app.WithDbAsync(db => TestPeople.ManyAsync(db, 1, ["CNTTBCVT"], connector.ServiceUrl, ReminderDeliveryTests.BeforeQ4Reminder))).Single();
        var chat = TestPeople.PersonalChat(person, connector.ServiceUrl, ReminderDeliveryTests.BeforeQ4Reminder).ConversationId;
        connector.ThrottleNext(chat, seconds: 2);

        await Dispatching.QueueMorningRemindersAsync(app, ReminderDeliveryTests.AtQ4Reminder);

        app.Services.GetRequiredService<DispatchSignal>().Notify();
        var rows = await Dispatching.DrainedAsync(app, TimeSpan.FromSeconds(60), atLeast: 2);

        Assert.True(rows.Count(r => r.PersonId == person.Id) > 1, "The person should have had several reminders.");
        Assert.All(rows, r => Assert.Equal(OutboxStatus.Sent, r.Status));
        Assert.Equal(1, connector.Throttled);
        Assert.Equal(0, connector.IgnoredRetryAfter);
        Dispatching.AssertEachRowDeliveredOnce(connector, rows);
    }
}
