using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PciBot.Calendar;
using PciBot.Outbox;
using PciBot.Schedules;
using PciBot.Testing;
using PciBot.Tests.Infrastructure;
using Quartz;

namespace PciBot.Tests.Reminders;

/// <summary>Quartz holds one trigger per schedule, at the planner's next occurrence, in the host's database.</summary>
public sealed class ScheduleTriggerTests
{
    [Fact]
    public async Task EachDefaultScheduleHasATriggerAtThePlannersNextOccurrence()
    {
        await using var app = PciBotApp.Create(now: ReminderDeliveryTests.BeforeQ4Reminder);

        var expected = await NextOccurrencesAsync(app);
        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        Assert.Equal(8, expected.Count);
        Assert.Equal(ReminderDeliveryTests.AtQ4Reminder, expected["quarterly"]);
        foreach (var (schedule, next) in expected)
        {
            var trigger = await scheduler.GetTrigger(ScheduleJob.TriggerFor(schedule));
            Assert.Equal(next, trigger?.NextFireTimeUtc);
        }
    }

    [Fact]
    public async Task TriggersAreKeptInTheDatabaseAcrossARestart()
    {
        var directory = Dispatching.NewDirectory();
        try
        {
            Dictionary<string, DateTimeOffset?> expected;
            await using (var first = PciBotApp.Create(now: ReminderDeliveryTests.BeforeQ4Reminder, directory: directory))
            {
                expected = await NextOccurrencesAsync(first);
            }

            var stored = StoredTriggers(directory);
            Assert.Equal(expected.Where(e => e.Value is not null).OrderBy(e => e.Key).Select(e => (e.Key, e.Value!.Value)), stored.OrderBy(e => e.Key).Select(e => (e.Key, e.Value)));

            await using var second = PciBotApp.Create(now: ReminderDeliveryTests.BeforeQ4Reminder, directory: directory);
            var scheduler = await second.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            var keys = await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(ScheduleJob.Group));
            Assert.Equal(stored.Keys.Order(), keys.Select(k => k.Name).Order());
            foreach (var key in keys)
            {
                Assert.Equal(stored[key.Name], (await scheduler.GetTrigger(key))!.NextFireTimeUtc);
            }
        }
        finally
        {
            Dispatching.DeleteDirectory(directory);
        }
    }

    [Fact]
    public async Task AScheduleFarBehindFiresAtOnceOnStartAndCatchesUpWhatIsStillDue()
    {
        await using var connector = await FakeConnector.StartAsync();
        var directory = Dispatching.NewDirectory();
        var longAgo = VietnamTime.AtLocal(new DateOnly(2023, 6, 1), new TimeOnly(9, 0));
        var afterQ4Escalation = VietnamTime.AtLocal(new DateOnly(2023, 12, 18), new TimeOnly(9, 0));
        try
        {
            var settings = Dispatching.Settings(connector);
            await using (var first = PciBotApp.Create(now: ReminderDeliveryTests.BeforeQ4Reminder, directory: directory, settings: settings))
            {
                await first.WithDbAsync(async db =>
                {
                    await TestPeople.ManyAsync(db, 6, ReminderDeliveryTests.Staffed, connector.ServiceUrl, ReminderDeliveryTests.BeforeQ4Reminder);
                    var quarterly = await db.Schedules.SingleAsync(s => s.Key == "quarterly");
                    quarterly.FiredThrough = longAgo;
                    return await db.SaveChangesAsync();
                });
            }

            // The business clock of the new host is never advanced: what fires, fires because its trigger is in the past.
            await using var second = PciBotApp.Create(now: afterQ4Escalation, directory: directory, settings: settings);
            var quarterly = await Dispatching.WaitForAsync(second, db => db.Schedules.AsNoTracking().SingleAsync(s => s.Key == "quarterly"), s => s.FiredThrough == afterQ4Escalation);

            var periods = await second.WithDbAsync(db => db.Outbox.Where(o => o.ScheduleKey == "quarterly").Select(o => o.PeriodKey).Distinct().ToListAsync());
            Assert.Equal(["2023-Q4/escalation", "2023-Q4/follow-up", "2023-Q4/reminder"], periods.Order());

            // Once fired, the trigger moves on to the next occurrence after now.
            var next = (await NextOccurrencesAsync(second))["quarterly"];
            Assert.True(next > afterQ4Escalation);
            var scheduler = await second.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            await Dispatching.WaitForAsync(second, _ => scheduler.GetTrigger(ScheduleJob.TriggerFor("quarterly")).AsTask(), t => t?.NextFireTimeUtc == next);
            Assert.Equal(afterQ4Escalation, quarterly.FiredThrough);
        }
        finally
        {
            Dispatching.DeleteDirectory(directory);
        }
    }

    /// <summary>Each schedule's next occurrence after what it has carried out, as the planner works it out.</summary>
    private static async Task<Dictionary<string, DateTimeOffset?>> NextOccurrencesAsync(PciBotApp app)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<PciBot.Data.PciBotDbContext>();
        var schedules = scope.ServiceProvider.GetRequiredService<ScheduleOccurrences>();
        var next = new Dictionary<string, DateTimeOffset?>(StringComparer.Ordinal);
        foreach (var schedule in await db.Schedules.AsNoTracking().ToListAsync())
        {
            var occurrences = await schedules.NextAsync(schedule, schedule.FiredThrough ?? app.Clock.GetUtcNow(), 1, CancellationToken.None);
            next[schedule.Key] = occurrences.Count == 0 ? null : occurrences[0].FireAt;
        }

        return next;
    }

    /// <summary>The schedule triggers as Quartz keeps them in the file.</summary>
    private static Dictionary<string, DateTimeOffset> StoredTriggers(string directory)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(directory, "pcibot.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT TRIGGER_NAME, NEXT_FIRE_TIME FROM QRTZ_TRIGGERS WHERE TRIGGER_GROUP = $group";
        command.Parameters.AddWithValue("$group", ScheduleJob.Group);
        using var reader = command.ExecuteReader();
        var triggers = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        while (reader.Read())
        {
            triggers[reader.GetString(0)] = new DateTimeOffset(reader.GetInt64(1), TimeSpan.Zero);
        }

        return triggers;
    }
}
