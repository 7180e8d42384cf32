using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PciBot.Calendar;
using PciBot.Reminders;
using PciBot.Schedules;
using PciBot.Testing;
using PciBot.Tests.Infrastructure;
using Quartz;

namespace PciBot.Tests.Reminders;

/// <summary>What happens to reminders when recipients are gone, dispatchers race, and the bot stops and comes back.</summary>
public sealed class ReminderRecoveryTests
{
    private static readonly string[] Staffed = ["VP", "TTBCXB", "CNTTBCVT", "CONG_TTDT", "TT_CNTT_DVHCCTT"];
    private static readonly DateTimeOffset BeforeQ4Reminder = VietnamTime.AtLocal(new DateOnly(2023, 12, 8), new TimeOnly(17, 0));
    private static readonly DateTimeOffset AtQ4Reminder = VietnamTime.AtLocal(new DateOnly(2023, 12, 11), new TimeOnly(8, 0));

    [Fact]
    public async Task UnreachablePeopleAreMarkedTheOfficeIsToldOnceAndNothingIsRetried()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = PciBotApp.Create(now: BeforeQ4Reminder, settings: Dispatching.Settings(connector));
        var (blocked, gone, office) = await app.WithDbAsync(async db =>
        {
            var blocked = await TestPeople.HeadAsync(db, "TTBCXB");
            var gone = await TestPeople.HeadAsync(db, "CNTTBCVT");
            var office = await TestPeople.HeadAsync(db, "VP");
            office.IsOfficeStaff = true;
            foreach (var person in new[] { blocked, gone, office })
            {
                db.Conversations.Add(TestPeople.PersonalChat(person, connector.ServiceUrl, BeforeQ4Reminder));
            }

            await db.SaveChangesAsync();
            return (blocked, gone, office);
        });
        connector.Refuse($"a:personal-{blocked.TeamsUserId}", HttpStatusCode.Forbidden, "ConversationBlockedByUser");
        connector.Refuse($"a:personal-{gone.TeamsUserId}", HttpStatusCode.NotFound, "ConversationNotFound");

        app.Clock.Advance(AtQ4Reminder - BeforeQ4Reminder);
        var rows = await Dispatching.DrainedAsync(app, TimeSpan.FromSeconds(60), atLeast: 10);

        foreach (var person in new[] { blocked, gone })
        {
            var own = rows.Where(r => r.PersonId == person.Id && r.TaskId != null).ToList();
            Assert.True(own.Count > 1, $"{person.Name} should have several reminders");
            Assert.All(own, r => Assert.Equal(OutboxStatus.Unreachable, r.Status));
            Assert.Equal(1, connector.CallsTo($"a:personal-{person.TeamsUserId}"));
            var notice = Assert.Single(rows, r => r.Subject == $"unreachable:{person.Id}");
            Assert.Equal(office.Id, notice.PersonId);
            Assert.Equal(OutboxStatus.Sent, notice.Status);
        }

        var records = await app.WithDbAsync(db => db.Conversations.AsNoTracking().ToListAsync());
        Assert.False(records.Single(c => c.UserAadObjectId == blocked.AadObjectId).IsReachable);
        Assert.False(records.Single(c => c.UserAadObjectId == gone.AadObjectId).IsReachable);
        Assert.True(records.Single(c => c.UserAadObjectId == office.AadObjectId).IsReachable);
        Assert.All(rows.Where(r => r.PersonId == office.Id), r => Assert.Equal(OutboxStatus.Sent, r.Status));
    }

    [Fact]
    public async Task DispatchersRacingOverOneOutboxSendEachReminderOnce()
    {
        await using var connector = await FakeConnector.StartAsync(new FakeConnectorOptions { EnforceConversationLimits = true, Latency = TimeSpan.FromMilliseconds(5) });
        await using var app = PciBotApp.Create(now: AtQ4Reminder.AddMinutes(-1), settings: Dispatching.Settings(connector, globalPerSecond: 400));
        await app.WithDbAsync(db => TestPeople.ManyAsync(db, 120, Staffed, connector.ServiceUrl, AtQ4Reminder));
        await using (var scope = app.Scope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<ReminderPlanner>().QueueDueAsync("quarterly", AtQ4Reminder, CancellationToken.None) > 100);
        }

        var dispatcher = app.Services.GetRequiredService<OutboxDispatcher>();
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (await dispatcher.RunOnceAsync(CancellationToken.None) > 0)
            {
            }
        })));
        var rows = await Dispatching.DrainedAsync(app, TimeSpan.FromSeconds(60), atLeast: 100);

        Assert.All(rows, r => Assert.Equal(OutboxStatus.Sent, r.Status));
        Assert.Equal(rows.Count, connector.Deliveries.Count);
        Assert.Equal(rows.Count, connector.Deliveries.Select(d => d.ActivityId).Distinct().Count());
        Assert.Equal(0, connector.Throttled);
    }

    [Fact]
    public async Task AfterAStopHalfwayAndMissedFiresEachReminderArrivesExactlyOnce()
    {
        var directory = Path.Combine(Path.GetTempPath(), "pcibot-tests", Guid.NewGuid().ToString("N"));
        await using var connector = await FakeConnector.StartAsync(new FakeConnectorOptions { Latency = TimeSpan.FromMilliseconds(20) });
        var settings = Dispatching.Settings(connector, globalPerSecond: 25);
        try
        {
            int firstHostSent;
            await using (var first = PciBotApp.Create(now: BeforeQ4Reminder, directory: directory, settings: settings))
            {
                await first.WithDbAsync(db => TestPeople.ManyAsync(db, 60, Staffed, connector.ServiceUrl, BeforeQ4Reminder));
                first.Clock.Advance(AtQ4Reminder - BeforeQ4Reminder);
                await connector.WaitForDeliveriesAsync(20, TimeSpan.FromSeconds(60));
                firstHostSent = connector.Deliveries.Count;
            }

            // Down over the follow-up (13/12) and the escalation (15/12); back on 18/12.
            var back = VietnamTime.AtLocal(new DateOnly(2023, 12, 18), new TimeOnly(9, 0));
            await using var second = PciBotApp.Create(now: back, directory: directory, settings: settings);
            var rows = await Dispatching.DrainedAsync(second, TimeSpan.FromSeconds(90), atLeast: 100);

            Assert.True(firstHostSent < rows.Count(r => r.Stage == ReminderStage.Reminder), "the first host was stopped halfway");
            Assert.All(rows, r => Assert.Equal(OutboxStatus.Sent, r.Status));
            Assert.Equal(rows.Count, connector.Deliveries.Count);
            Assert.Equal(rows.Count, connector.Deliveries.Select(d => d.ActivityId).Distinct().Count());
            Assert.Contains(rows, r => r.PeriodKey == "2023-Q4/follow-up");
            Assert.Contains(rows, r => r.PeriodKey == "2023-Q4/escalation" && r.Subject == "escalation");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task QuartzHoldsATriggerAtEachSchedulesNextOccurrenceAcrossARestart()
    {
        var directory = Path.Combine(Path.GetTempPath(), "pcibot-tests", Guid.NewGuid().ToString("N"));
        var now = VietnamTime.AtLocal(new DateOnly(2026, 11, 27), new TimeOnly(9, 0));
        try
        {
            DateTimeOffset? before;
            await using (var app = PciBotApp.Create(now: now, directory: directory))
            {
                before = await NextFireAsync(app, "quarterly");
                await using var scope = app.Scope();
                var planner = scope.ServiceProvider.GetRequiredService<ReminderPlanner>();
                var schedule = await scope.ServiceProvider.GetRequiredService<PciBot.Data.PciBotDbContext>().Schedules.SingleAsync(s => s.Key == "quarterly");
                var expected = await planner.NextAsync(schedule, now, 1, CancellationToken.None);
                Assert.Equal(expected[0].FireAt, before);
                Assert.Equal(VietnamTime.AtLocal(new DateOnly(2026, 12, 9), new TimeOnly(8, 0)), before);
            }

            await using var again = PciBotApp.Create(now: now.AddHours(1), directory: directory);
            Assert.Equal(before, await NextFireAsync(again, "quarterly"));
            Assert.Equal(before, await NextFireAsync(again, "monthly"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task<DateTimeOffset?> NextFireAsync(PciBotApp app, string schedule)
    {
        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var trigger = await scheduler.GetTrigger(ScheduleJob.TriggerFor(schedule));
        return trigger?.NextFireTimeUtc;
    }
}
