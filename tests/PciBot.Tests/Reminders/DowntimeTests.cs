using PciBot.Calendar;
using PciBot.Outbox;
using PciBot.Testing;
using PciBot.Tests.Infrastructure;

namespace PciBot.Tests.Reminders;

/// <summary>The bot stopped for months: each reminder it missed is sent once when it is back, not once per missed fire and not never.</summary>
public sealed class DowntimeTests
{
    private static readonly DateTimeOffset BeforeOctober = VietnamTime.AtLocal(new DateOnly(2023, 10, 2), new TimeOnly(9, 0));
    private static readonly DateTimeOffset AfterQ4Escalation = VietnamTime.AtLocal(new DateOnly(2023, 12, 18), new TimeOnly(9, 0));

    [Fact]
    public async Task EachReminderMissedWhileTheBotWasDownIsSentOnceAfterTheRestart()
    {
        await using var connector = await FakeConnector.StartAsync();
        var directory = Dispatching.NewDirectory();
        try
        {
            var settings = Dispatching.Settings(connector, globalPerSecond: 200);
            await using (var before = PciBotApp.Create(now: BeforeOctober, directory: directory, settings: settings))
            {
                await before.WithDbAsync(db => TestPeople.ManyAsync(db, 6, ReminderDeliveryTests.Staffed, connector.ServiceUrl, BeforeOctober));
                await Dispatching.SchedulesFiredAsync(before);
            }

            var sentBefore = connector.Deliveries.Count;

            // Down from 2 October to 18 December: the October, November and December monthly stages and every Q4 stage fell meanwhile.
            await using var after = PciBotApp.Create(now: AfterQ4Escalation, directory: directory, settings: settings);
            await Dispatching.SchedulesFiredAsync(after);
            var rows = await Dispatching.DrainedAsync(after, TimeSpan.FromSeconds(90));

            Assert.Equal(0, sentBefore);
            Assert.All(rows, r => Assert.Equal(OutboxStatus.Sent, r.Status));
            Dispatching.AssertEachRowDeliveredOnce(connector, rows);
            Assert.Equal(
                ["2023-M11/escalation", "2023-M11/follow-up", "2023-M11/reminder", "2023-M12/escalation", "2023-M12/follow-up", "2023-M12/reminder"],
                Stages(rows, "monthly"));
            Assert.Equal(["2023-Q4/escalation", "2023-Q4/follow-up", "2023-Q4/reminder"], Stages(rows, "quarterly"));

            // What fell longer ago than Schedules:CatchUpDays (45) is history, not a reminder: October's stages are not sent.
            Assert.DoesNotContain(rows, r => r.PeriodKey.StartsWith("2023-M10", StringComparison.Ordinal));

            // Each head has each monthly and quarterly stage once.
            Assert.All(
                rows.Where(r => r.ScheduleKey is "monthly" or "quarterly" && r.TaskId is not null).GroupBy(r => (r.ScheduleKey, r.PeriodKey, r.RecipientKey, r.TaskId, r.UnitId)),
                g => Assert.Single(g));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Dispatching.DeleteDirectory(directory);
        }
    }

    private static List<string> Stages(IEnumerable<OutboxMessage> rows, string schedule) =>
        rows.Where(r => r.ScheduleKey == schedule).Select(r => r.PeriodKey).Distinct().Order(StringComparer.Ordinal).ToList();
}
