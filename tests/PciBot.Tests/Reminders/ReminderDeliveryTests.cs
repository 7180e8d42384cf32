using PciBot.Calendar;
using PciBot.Reminders;
using PciBot.Testing;
using PciBot.Tests.Infrastructure;

namespace PciBot.Tests.Reminders;

/// <summary>
/// Reminders from the schedule to the person, through the real host, its SQLite file, Quartz and the dispatcher,
/// against a fake Teams connector that throttles and fails like the real one.
/// </summary>
public sealed class ReminderDeliveryTests
{
    private static readonly string[] Staffed = ["VP", "TTBCXB", "CNTTBCVT", "CONG_TTDT", "TT_CNTT_DVHCCTT", "BBT_TRANG_TTDT"];
    private static readonly DateTimeOffset BeforeQ4Reminder = VietnamTime.AtLocal(new DateOnly(2023, 12, 8), new TimeOnly(17, 0));
    private static readonly DateTimeOffset AtQ4Reminder = VietnamTime.AtLocal(new DateOnly(2023, 12, 11), new TimeOnly(8, 0));

    [Fact]
    public async Task EveryReminderArrivesExactlyOnceThroughThrottlingAndOutages()
    {
        await using var connector = await FakeConnector.StartAsync(new FakeConnectorOptions
        {
            EnforceConversationLimits = true,
            GlobalPerSecond = 150,
            FaultRate = 0.25,
            Faults = FakeFaults.Throttle | FakeFaults.Unavailable,
            Seed = 1211,
        });
        await using var app = PciBotApp.Create(now: BeforeQ4Reminder, settings: Dispatching.Settings(connector, globalPerSecond: 200));
        await app.WithDbAsync(db => TestPeople.ManyAsync(db, 200, Staffed, connector.ServiceUrl, BeforeQ4Reminder));

        // Quartz fires the schedules due at 08:00 on Monday; the dispatcher sends what they queue.
        app.Clock.Advance(AtQ4Reminder - BeforeQ4Reminder);
        var rows = await Dispatching.DrainedAsync(app, TimeSpan.FromSeconds(120), atLeast: 1000);

        Assert.Empty(rows.Where(r => r.Status != OutboxStatus.Sent).Select(r => $"{r.Id} {r.Status}: {r.LastError}"));
        Assert.All(rows, r => Assert.False(string.IsNullOrEmpty(r.ActivityId)));
        var deliveries = connector.Deliveries.ToList();
        Assert.Equal(rows.Count, deliveries.Count);
        var byActivity = deliveries.ToDictionary(d => d.ActivityId);
        Assert.All(rows, r => Assert.Equal(r.ConversationId, byActivity[r.ActivityId!].ConversationId));
        foreach (var conversation in rows.GroupBy(r => r.ConversationId))
        {
            Assert.Equal(conversation.Count(), connector.DeliveriesTo(conversation.Key!).Count);
        }

        Assert.True(connector.InjectedFaults >= 0.2 * connector.Calls.Count / 1.25, $"{connector.InjectedFaults} faults in {connector.Calls.Count} calls");
        Assert.Equal(0, connector.IgnoredRetryAfter);
    }
}
