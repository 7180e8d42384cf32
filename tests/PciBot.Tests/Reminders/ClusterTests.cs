using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PciBot.Calendar;
using PciBot.Outbox;
using PciBot.Reminders;
using PciBot.Schedules;
using PciBot.Testing;
using PciBot.Tests.Infrastructure;
using Quartz;

namespace PciBot.Tests.Reminders;

/// <summary>Several bot instances on one PostgreSQL database: a Quartz cluster and dispatchers that share the outbox.</summary>
public sealed class ClusterTests
{
    private static readonly DateTimeOffset StartOfQuarter = VietnamTime.AtLocal(new DateOnly(2023, 9, 20), new TimeOnly(9, 0));
    private static readonly DateTimeOffset AtQ4FollowUp = VietnamTime.AtLocal(new DateOnly(2023, 12, 13), new TimeOnly(8, 0));
    private static readonly DateTimeOffset AfterQ4Escalation = VietnamTime.AtLocal(new DateOnly(2023, 12, 18), new TimeOnly(9, 0));

    [PostgresFact]
    public async Task DispatchersRacingOverOnePostgresDatabaseSendEachReminderOnce()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var database = await TestPostgres.CreateAsync();
        var settings = database.Settings(Dispatching.Settings(connector, globalPerSecond: 1000, new Dictionary<string, string?>
        {
            ["Dispatch:BatchSize"] = "10",
            ["Dispatch:PollInterval"] = "00:00:00.050",
        }));
        await using var first = PciBotApp.Create(now: ReminderDeliveryTests.BeforeQ4Reminder, settings: settings);
        await first.WithDbAsync(db => TestPeople.ManyAsync(db, 150, ReminderDeliveryTests.Staffed, connector.ServiceUrl, ReminderDeliveryTests.BeforeQ4Reminder));
        await using var second = PciBotApp.Create(now: ReminderDeliveryTests.BeforeQ4Reminder, settings: settings);
        _ = second.Services;

        await using (var scope = first.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<ReminderPlanner>().QueueDueAsync("quarterly", ReminderDeliveryTests.AtQ4Reminder, CancellationToken.None);
        }

        // Each host's own dispatcher and one more loop on each: four claimers over one table.
        var handled = await Task.WhenAll(
            ReminderDeliveryTests.RunUntilIdleAsync(first.Services.GetRequiredService<OutboxDispatcher>()),
            ReminderDeliveryTests.RunUntilIdleAsync(second.Services.GetRequiredService<OutboxDispatcher>()));
        var rows = await Dispatching.DrainedAsync(first, TimeSpan.FromSeconds(60), atLeast: 150);

        Assert.All(rows, r => Assert.Equal(OutboxStatus.Sent, r.Status));
        Dispatching.AssertEachRowDeliveredOnce(connector, rows);
        Assert.True(handled.Sum() <= rows.Count, $"{handled.Sum()} rows handled by the extra loops, more than the {rows.Count} there are.");
    }

    [PostgresFact]
    public async Task TwoInstancesDeliverEveryReminderOfAQuarterOnceAndEachSurvivesTheOtherStopping()
    {
        await using var connector = await FakeConnector.StartAsync(new FakeConnectorOptions { Latency = TimeSpan.FromMilliseconds(20) });
        await using var database = await TestPostgres.CreateAsync();
        var settings = database.Settings(Dispatching.Settings(connector, globalPerSecond: 1000, new Dictionary<string, string?>
        {
            ["Dispatch:Parallelism"] = "4",
            ["Logging:LogLevel:PciBot.Schedules"] = "Information",
        }));
        var logs = new List<LogCapture>();
        PciBotApp Start(DateTimeOffset now)
        {
            var capture = new LogCapture();
            logs.Add(capture);
            var app = PciBotApp.Create(now: now, settings: settings, logs: capture);
            _ = app.Services;
            return app;
        }

        var a = Start(StartOfQuarter);
        var b = Start(StartOfQuarter);
        try
        {
            await a.WithDbAsync(db => TestPeople.ManyAsync(db, 20, ReminderDeliveryTests.Staffed, connector.ServiceUrl, StartOfQuarter));

            // Week by week through the reporting quarter (15 Sep to 14 Dec) on both instances.
            var rows = 0;
            for (var now = StartOfQuarter.AddDays(7); now < ReminderDeliveryTests.AtQ4Reminder; now = now.AddDays(7))
            {
                rows = await StepAsync(now, rows, a, b);
            }

            // The quarter's reminders: one instance stops while they are being sent, the other sends the rest.
            await AdvanceAsync(ReminderDeliveryTests.AtQ4Reminder, a, b);
            await StopMidRunAsync(connector, a, database);
            rows = await DrainAfterAsync(ReminderDeliveryTests.AtQ4Reminder, rows, b);

            // Back with a new instance; at the follow-up the other one stops mid-run.
            a = Start(ReminderDeliveryTests.AtQ4Reminder);
            await AdvanceAsync(AtQ4FollowUp, a, b);
            await StopMidRunAsync(connector, b, database);
            rows = await DrainAfterAsync(AtQ4FollowUp, rows, a);

            b = Start(AtQ4FollowUp);
            await StepAsync(AfterQ4Escalation, rows, a, b);
        }
        finally
        {
            await a.DisposeAsync();
            await b.DisposeAsync();
        }

        var all = await OutboxAsync(database);
        Assert.Empty(all.Where(r => r.Status != OutboxStatus.Sent).Select(r => $"{r.Id} {r.PeriodKey} {r.Status}: {r.LastError}"));
        Dispatching.AssertEachRowDeliveredOnce(connector, all);
        Assert.Equal(all.Count, all.Select(r => (r.ScheduleKey, r.PeriodKey, r.RecipientKey, r.Subject)).Distinct().Count());
        var periods = all.Select(r => r.PeriodKey).ToHashSet();
        Assert.Superset(new HashSet<string> { "2023-Q4/reminder", "2023-Q4/follow-up", "2023-Q4/escalation", "2023-M10/reminder", "2023-M11/reminder", "2023-M12/reminder" }, periods);

        // Quartz fired each trigger on one instance only.
        var fired = logs.SelectMany(l => l.Entries).Where(e => e.Event.Id == 503).Select(e => e.Message).ToList();
        Assert.NotEmpty(fired);
        Assert.Equal(fired.Count, fired.Select(m => m[..m.IndexOf(" on scheduler ", StringComparison.Ordinal)]).Distinct().Count());
    }

    /// <summary>Moves both clocks on, waits until every schedule due by then has fired, and until what it queued is sent.</summary>
    private static async Task<int> StepAsync(DateTimeOffset now, int rowsBefore, params PciBotApp[] hosts)
    {
        await AdvanceAsync(now, hosts);
        return await DrainAfterAsync(now, rowsBefore, hosts[0]);
    }

    private static async Task AdvanceAsync(DateTimeOffset now, params PciBotApp[] hosts)
    {
        foreach (var host in hosts)
        {
            host.Clock.SetUtcNow(now);
        }

        await WaitForTriggersPastAsync(hosts[0], now);
    }

    private static async Task<int> DrainAfterAsync(DateTimeOffset now, int rowsBefore, PciBotApp host)
    {
        await WaitForTriggersPastAsync(host, now);
        var rows = await Dispatching.DrainedAsync(host, TimeSpan.FromSeconds(90), atLeast: rowsBefore);
        return rows.Count;
    }

    /// <summary>Waits until no trigger is due at <paramref name="now"/>: each due one has fired (on some instance) and moved on.</summary>
    private static async Task WaitForTriggersPastAsync(PciBotApp host, DateTimeOffset now)
    {
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        while (true)
        {
            var keys = await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(ScheduleJob.Group));
            var due = new List<string>();
            foreach (var key in keys)
            {
                if ((await scheduler.GetTrigger(key))?.NextFireTimeUtc is { } next && next <= now)
                {
                    due.Add($"{key.Name} at {next.ToString("o", CultureInfo.InvariantCulture)}");
                }
            }

            if (due.Count == 0)
            {
                return;
            }

            Assert.True(System.Diagnostics.Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(60), $"Still due at {now:o}: {string.Join(", ", due)}");
            await Task.Delay(50);
        }
    }

    /// <summary>Stops a host once sending is under way, while rows are still waiting.</summary>
    private static async Task StopMidRunAsync(FakeConnector connector, PciBotApp host, TestPostgres database)
    {
        var before = connector.Deliveries.Count;
        await connector.WaitForDeliveriesAsync(before + 10, TimeSpan.FromSeconds(60));
        await host.DisposeAsync();
        var pending = await database.ScalarAsync<long>("SELECT COUNT(*) FROM \"Outbox\" WHERE \"Status\" = 'Pending'");
        Assert.True(pending > 0, "Everything was sent before the host stopped: the stop was not mid-run.");
    }

    private static async Task<List<OutboxMessage>> OutboxAsync(TestPostgres database)
    {
        await using var db = new PciBot.Data.PostgresPciBotDbContext(
            new DbContextOptionsBuilder<PciBot.Data.PostgresPciBotDbContext>().UseNpgsql(database.ConnectionString).Options);
        return await db.Outbox.AsNoTracking().ToListAsync();
    }
}
