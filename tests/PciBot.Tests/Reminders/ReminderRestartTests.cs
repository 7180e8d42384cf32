using Microsoft.Data.Sqlite;
using PciBot.Calendar;
using PciBot.Outbox;
using PciBot.Testing;
using PciBot.Tests.Infrastructure;

namespace PciBot.Tests.Reminders;

/// <summary>A host that stops with reminders half sent, and the next one on the same database file.</summary>
public sealed class ReminderRestartTests
{
    private static readonly DateTimeOffset AfterQ4FollowUp = VietnamTime.AtLocal(new DateOnly(2023, 12, 13), new TimeOnly(9, 30));

    [Fact]
    public async Task RemindersHalfSentWhenTheHostStopsAreFinishedOnceByTheNextOne()
    {
        await using var connector = await FakeConnector.StartAsync(new FakeConnectorOptions { Latency = TimeSpan.FromMilliseconds(40) });
        var directory = Dispatching.NewDirectory();
        try
        {
            var settings = Dispatching.Settings(connector, more: new Dictionary<string, string?> { ["Dispatch:Parallelism"] = "2" });
            await using (var first = PciBotApp.Create(now: ReminderDeliveryTests.BeforeQ4Reminder, directory: directory, settings: settings))
            {
                await first.WithDbAsync(db => TestPeople.ManyAsync(db, 100, ReminderDeliveryTests.Staffed, connector.ServiceUrl, ReminderDeliveryTests.BeforeQ4Reminder));
                first.Clock.Advance(ReminderDeliveryTests.AtQ4Reminder - ReminderDeliveryTests.BeforeQ4Reminder);
                await connector.WaitForDeliveriesAsync(40, TimeSpan.FromSeconds(30));
            }
            var sentByFirst = connector.Deliveries.Count;
            var left = CountByStatus(directory);
            Assert.True(left.GetValueOrDefault(nameof(OutboxStatus.Pending)) > sentByFirst, $"Only {left.GetValueOrDefault(nameof(OutboxStatus.Pending))} left after {sentByFirst} sent.");
            Assert.Equal(sentByFirst, left.GetValueOrDefault(nameof(OutboxStatus.Sent)));

            // Two days later, after the follow-up should have gone out: the new host sends what is left and catches up.
            connector.Latency = TimeSpan.Zero;
            await using var second = PciBotApp.Create(now: AfterQ4FollowUp, directory: directory, settings: Dispatching.Settings(connector, globalPerSecond: 1000));
            await Dispatching.SchedulesFiredAsync(second);
            var rows = await Dispatching.DrainedAsync(second, TimeSpan.FromSeconds(60), atLeast: sentByFirst + 1);
            Assert.All(rows, r => Assert.Equal(OutboxStatus.Sent, r.Status));
            Dispatching.AssertEachRowDeliveredOnce(connector, rows);
            Assert.True(rows.Count(r => r.PeriodKey == "2023-Q4/reminder") > sentByFirst);
            Assert.Contains(rows, r => r.PeriodKey == "2023-Q4/follow-up");
        }
        finally
        {
            Dispatching.DeleteDirectory(directory);
        }
    }

    /// <summary>The outbox as the file holds it between two hosts.</summary>
    private static Dictionary<string, int> CountByStatus(string directory)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(directory, "pcibot.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Status, COUNT(*) FROM Outbox GROUP BY Status";
        using var reader = command.ExecuteReader();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        while (reader.Read())
        {
            counts[reader.GetString(0)] = reader.GetInt32(1);
        }

        return counts;
    }
}
