using PciBot.Outbox;
using PciBot.Testing;
using PciBot.Tests.Infrastructure;

namespace PciBot.Tests.Reminders;

/// <summary>Reminders through a connector that answers 30% of calls with 429 and Retry-After, 503 or no answer in time.</summary>
[Collection(HeavyTests.Name)]
public sealed class ConnectorFaultTests
{
    /// <summary>
    /// A post whose answer never comes may have been shown: it ends Unconfirmed and is not posted again. The fake
    /// connector serves such a post before it holds the answer back, so every row is in its chat, once.
    /// </summary>
    [Fact]
    public async Task WithThrottlingOutagesAndTimeoutsOnAThirdOfCallsEveryReminderArrivesOnceAndNoneTwice()
    {
        await using var connector = await FakeConnector.StartAsync(new FakeConnectorOptions
        {
            FaultRate = 0.3,
            Faults = FakeFaults.Throttle | FakeFaults.Unavailable | FakeFaults.Timeout,
            TimeoutHold = TimeSpan.FromSeconds(2),
            Seed = 3030,
        });
        await using var app = PciBotApp.Create(now: ReminderDeliveryTests.BeforeQ4Reminder, settings: Dispatching.Settings(connector, globalPerSecond: 300, new Dictionary<string, string?>
        {
            ["Dispatch:Parallelism"] = "32",
            ["Bot:Connector:AttemptTimeout"] = "00:00:00.500",
        }));
        // One card per person and schedule: 11 for every 6 people (see Dispatching.QueueMorningRemindersAsync).
        await app.WithDbAsync(db => TestPeople.ManyAsync(db, 140, ReminderDeliveryTests.Staffed, connector.ServiceUrl, ReminderDeliveryTests.BeforeQ4Reminder));

        app.Clock.Advance(ReminderDeliveryTests.AtQ4Reminder - ReminderDeliveryTests.BeforeQ4Reminder);
        var rows = await Dispatching.DrainedAsync(app, TimeSpan.FromSeconds(120), atLeast: 250);

        Assert.Empty(rows.Where(r => r.Status is not (OutboxStatus.Sent or OutboxStatus.Unconfirmed)).Select(r => $"{r.Id} {r.Status}: {r.LastError}"));
        Assert.Contains(rows, r => r.Status == OutboxStatus.Unconfirmed);
        var deliveries = connector.Deliveries.ToList();
        Assert.Equal(rows.Count, deliveries.Count);
        foreach (var chat in rows.GroupBy(r => r.ConversationId))
        {
            Assert.Equal(chat.Count(), connector.DeliveriesTo(chat.Key!).Count);
        }

        var byActivity = deliveries.ToDictionary(d => d.ActivityId);
        Assert.All(rows.Where(r => r.Status == OutboxStatus.Sent), r => Assert.Equal(r.ConversationId, byActivity[r.ActivityId!].ConversationId));
        Assert.True(connector.InjectedFaults >= 0.2 * connector.Calls.Count, $"{connector.InjectedFaults} faults in {connector.Calls.Count} calls");
        Assert.Equal(0, connector.IgnoredRetryAfter);
    }
}
