using Microsoft.Data.Sqlite;
using PciBot.Tests.Infrastructure;
using PciBot.Tests.Reminders;

namespace PciBot.Tests.Schedules;

/// <summary>The scheduler meets a database another connection holds locked, on the test clock that moves only when told.</summary>
public sealed class SchedulerOnALockedDatabaseTests
{
    [Fact]
    public async Task AHostWhoseSchedulerRetriedOnALockedDatabaseStillStops()
    {
        var logs = new LogCapture();
        var app = PciBotApp.Create(
            now: ReminderDeliveryTests.BeforeQ4Reminder,
            settings: new Dictionary<string, string?> { ["Database:BusyTimeoutMilliseconds"] = "1000" },
            logs: logs);
        _ = app.Services;
        using (var holder = new SqliteConnection($"Data Source={app.DatabasePath};Pooling=False"))
        {
            holder.Open();
            using var begin = holder.CreateCommand();
            begin.CommandText = "BEGIN EXCLUSIVE";
            begin.ExecuteNonQuery();

            // The reminder falls due while the lock is held: the scheduler wakes, cannot take its triggers and retries.
            app.Clock.Advance(ReminderDeliveryTests.AtQ4Reminder - ReminderDeliveryTests.BeforeQ4Reminder);
            var retried = await WaitForAsync(() => logs.Entries.Any(IsSchedulerRetry), TimeSpan.FromSeconds(30));
            Assert.True(retried, "The scheduler never met the lock: " + SchedulerLog(logs));

            using var rollback = holder.CreateCommand();
            rollback.CommandText = "ROLLBACK";
            rollback.ExecuteNonQuery();
        }

        // A retry that waited on the test clock would wait forever, and the host with it.
        var stopped = app.DisposeAsync().AsTask();
        var first = await Task.WhenAny(stopped, Task.Delay(TimeSpan.FromSeconds(60)));
        Assert.True(first == stopped, "The host did not stop. The scheduler's last words: " + SchedulerLog(logs));
    }

    private static string SchedulerLog(LogCapture logs) =>
        string.Join(Environment.NewLine, logs.Entries.Where(e => e.Category.StartsWith("Quartz", StringComparison.Ordinal)).TakeLast(10));

    private static bool IsSchedulerRetry(LogCapture.LogEntry entry) =>
        entry.Category.StartsWith("Quartz", StringComparison.Ordinal)
        && entry.Message.Contains("will retry", StringComparison.OrdinalIgnoreCase);

    private static async Task<bool> WaitForAsync(Func<bool> condition, TimeSpan timeout)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            if (waited.Elapsed > timeout)
            {
                return false;
            }

            await Task.Delay(50);
        }

        return true;
    }
}
