using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PciBot.Calendar;
using PciBot.Conversations;
using PciBot.Outbox;
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
    internal static readonly string[] Staffed = ["VP", "TTBCXB", "CNTTBCVT", "CONG_TTDT", "TT_CNTT_DVHCCTT", "BBT_TRANG_TTDT"];
    internal static readonly DateTimeOffset BeforeQ4Reminder = VietnamTime.AtLocal(new DateOnly(2023, 12, 8), new TimeOnly(17, 0));
    internal static readonly DateTimeOffset AtQ4Reminder = VietnamTime.AtLocal(new DateOnly(2023, 12, 11), new TimeOnly(8, 0));

    [Fact]
    public async Task EveryReminderArrivesExactlyOnceThroughThrottlingAndOutages()
    {
        await using var connector = await FakeConnector.StartAsync(new FakeConnectorOptions
        {
            EnforceConversationLimits = true,
            GlobalPerSecond = 250,
            FaultRate = 0.25,
            Faults = FakeFaults.Throttle | FakeFaults.Unavailable,
            Seed = 1211,
        });

        // Pacing above the connector's global limit, so that it throttles for real as well as by chance; more senders,
        // as a quarter of them are waiting out a Retry-After at any time.
        await using var app = PciBotApp.Create(now: BeforeQ4Reminder, settings: Dispatching.Settings(connector, globalPerSecond: 300, new Dictionary<string, string?>
        {
            ["Dispatch:Parallelism"] = "64",
        }));
        await app.WithDbAsync(db => TestPeople.ManyAsync(db, 200, Staffed, connector.ServiceUrl, BeforeQ4Reminder));

        // Quartz fires the schedules due at 08:00 on Monday; the dispatcher sends what they queue.
        app.Clock.Advance(AtQ4Reminder - BeforeQ4Reminder);
        await Dispatching.SchedulesFiredAsync(app);
        // One card per person and schedule: 11 for every 6 people (see Dispatching.QueueMorningRemindersAsync).
        var rows = await Dispatching.DrainedAsync(app, TimeSpan.FromSeconds(120), atLeast: 350);

        Assert.Empty(rows.Where(r => r.Status != OutboxStatus.Sent).Select(r => $"{r.Id} {r.Status}: {r.LastError}"));
        Assert.All(rows, r => Assert.False(string.IsNullOrEmpty(r.ActivityId)));
        Dispatching.AssertEachRowDeliveredOnce(connector, rows);
        Assert.Equal(100, connector.CreatedConversations.Count);
        Assert.True(connector.InjectedFaults >= 0.2 * connector.Calls.Count / 1.25, $"{connector.InjectedFaults} faults in {connector.Calls.Count} calls");
        Assert.True(connector.Throttled > connector.InjectedFaults / 2, "The global limit never throttled.");
        Assert.Equal(0, connector.IgnoredRetryAfter);
    }

    [Fact]
    public async Task DispatchersRacingOverOneDatabaseSendEachReminderOnce()
    {
        await using var connector = await FakeConnector.StartAsync();
        var directory = Dispatching.NewDirectory();
        try
        {
            // Small batches and quick polls, so that the claims of four dispatchers interleave all the time.
            var settings = Dispatching.Settings(connector, globalPerSecond: 300, new Dictionary<string, string?>
            {
                ["Dispatch:BatchSize"] = "10",
                ["Dispatch:PollInterval"] = "00:00:00.050",
            });
            await using var first = PciBotApp.Create(now: BeforeQ4Reminder, directory: directory, settings: settings);
            await first.WithDbAsync(db => TestPeople.ManyAsync(db, 200, Staffed, connector.ServiceUrl, BeforeQ4Reminder));
            await using var second = PciBotApp.Create(now: BeforeQ4Reminder, directory: directory, settings: settings);
            _ = second.Services;

            // Two more dispatchers in the first host, besides each host's own. (Their writes share the first host's
            // writer: the second host's writes wait for SQLite's lock, and may get their turn only once the others are done.)
            var dispatchers = Enumerable.Range(0, 2).Select(_ => ActivatorUtilities.CreateInstance<OutboxDispatcher>(first.Services)).ToList();

            // A first, empty round on each, so that neither loop starts late for want of a warm host.
            foreach (var dispatcher in dispatchers)
            {
                await dispatcher.RunOnceAsync(CancellationToken.None);
            }

            await using (var scope = first.Scope())
            {
                await scope.ServiceProvider.GetRequiredService<ReminderPlanner>().QueueDueAsync("quarterly", AtQ4Reminder, CancellationToken.None);
            }

            // Which dispatcher wins which claims depends on the machine's load; what must hold is the outcome.
            await Task.WhenAll(dispatchers.Select(RunUntilIdleAsync));
            var rows = await Dispatching.DrainedAsync(first, TimeSpan.FromSeconds(60), atLeast: 200);

            Assert.All(rows, r => Assert.Equal(OutboxStatus.Sent, r.Status));
            Dispatching.AssertEachRowDeliveredOnce(connector, rows);
        }
        finally
        {
            Dispatching.DeleteDirectory(directory);
        }
    }

    [Fact]
    public async Task AnUnreachablePersonIsReportedToTheOfficeOnceAndNeverCalledAgain()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = PciBotApp.Create(now: BeforeQ4Reminder, settings: Dispatching.Settings(connector));
        var people = await app.WithDbAsync(db => TestPeople.ManyAsync(db, 6, Staffed, connector.ServiceUrl, BeforeQ4Reminder));
        var (blocked, gone, neverInstalled) = (people[0], people[2], people[1]);
        var blockedChat = $"a:personal-{blocked.TeamsUserId}";
        var goneChat = $"a:personal-{gone.TeamsUserId}";
        connector.Refuse(blockedChat, HttpStatusCode.Forbidden);
        connector.Refuse(goneChat, HttpStatusCode.NotFound);
        connector.Refuse(neverInstalled.TeamsUserId!, HttpStatusCode.Forbidden, "ForbiddenOperationException");
        var office = await Dispatching.OfficeChannelAsync(app, connector);

        await Dispatching.QueueMorningRemindersAsync(app, AtQ4Reminder);

        // 11 reminders (see Dispatching.QueueMorningRemindersAsync) and the 3 notices their refusals queue.
        var rows = await Dispatching.DrainedAsync(app, TimeSpan.FromSeconds(60), atLeast: 14);

        int[] unreachable = [blocked.Id, gone.Id, neverInstalled.Id];
        var theirs = rows.Where(r => r.PersonId is { } id && unreachable.Contains(id)).ToList();
        Assert.All(unreachable, id => Assert.True(theirs.Count(r => r.PersonId == id) > 1, "Each should have had several reminders."));
        Assert.All(theirs, r => Assert.Equal(OutboxStatus.Unreachable, r.Status));
        Assert.All(rows.Except(theirs), r => Assert.Equal(OutboxStatus.Sent, r.Status));
        Assert.Equal(1, connector.CallsTo(blockedChat));
        Assert.Equal(1, connector.CallsTo(goneChat));
        Assert.Equal(1, connector.CallsTo(neverInstalled.TeamsUserId!));
        var chats = await app.WithDbAsync(db => db.Conversations.Where(c => c.ConversationId == blockedChat || c.ConversationId == goneChat).ToListAsync());
        Assert.Equal(2, chats.Count);
        Assert.All(chats, c => Assert.False(c.IsReachable));

        var notices = connector.DeliveriesTo(office.ConversationId);
        Assert.Equal(3, notices.Count);
        Assert.All(unreachable, id => Assert.Single(rows, r => r.Subject == $"unreachable:{id}"));
        Assert.All([blocked, gone, neverInstalled], p => Assert.Single(notices, n => n.Call.CardText.Contains(p.Name, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task APostThatTimesOutIsNeverPostedAgain()
    {
        await using var connector = await FakeConnector.StartAsync(new FakeConnectorOptions { FaultRate = 1, Faults = FakeFaults.Timeout, TimeoutHold = TimeSpan.FromSeconds(10) });
        await using var app = PciBotApp.Create(now: BeforeQ4Reminder, settings: Dispatching.Settings(connector, more: new Dictionary<string, string?>
        {
            ["Bot:Connector:AttemptTimeout"] = "00:00:00.300",
        }));
        var person = (await app.WithDbAsync(db => TestPeople.ManyAsync(db, 1, ["BBT_TRANG_TTDT"], connector.ServiceUrl, BeforeQ4Reminder))).Single();

        await using (var scope = app.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<ReminderPlanner>().QueueDueAsync("quarterly", AtQ4Reminder, CancellationToken.None);
        }

        var row = Assert.Single(await Dispatching.DrainedAsync(app, TimeSpan.FromSeconds(30)), r => r.PersonId == person.Id);

        // Teams got it but never said so: counted as unconfirmed, and not sent a second time.
        Assert.Equal(OutboxStatus.Unconfirmed, row.Status);
        Assert.Null(row.ActivityId);
        Assert.Single(connector.DeliveriesTo(row.ConversationId!));
        Assert.Equal(1, connector.CallsTo(row.ConversationId!));
    }

    [Fact]
    public async Task ARowLeftMidPostByAStoppedDispatcherIsNotPostedAgain()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = PciBotApp.Create(now: BeforeQ4Reminder, settings: Dispatching.Settings(connector));
        var person = (await app.WithDbAsync(db => TestPeople.ManyAsync(db, 1, ["BBT_TRANG_TTDT"], connector.ServiceUrl, BeforeQ4Reminder))).Single();
        var chat = await Dispatching.LeftMidPostAsync(app, person);

        var row = Assert.Single(await Dispatching.DrainedAsync(app, TimeSpan.FromSeconds(30)));

        Assert.Equal(OutboxStatus.Unconfirmed, row.Status);
        Assert.Equal(0, connector.CallsTo(chat));
    }

    internal static async Task<int> RunUntilIdleAsync(OutboxDispatcher dispatcher)
    {
        var handled = 0;
        for (var idle = 0; idle < 5;)
        {
            var round = await dispatcher.RunOnceAsync(CancellationToken.None);
            handled += round;
            idle = round == 0 ? idle + 1 : 0;
            if (round == 0)
            {
                await Task.Delay(50);
            }
        }

        return handled;
    }
}
