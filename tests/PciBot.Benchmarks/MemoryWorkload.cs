using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PciBot.Conversations;
using PciBot.Data;
using PciBot.Outbox;
using PciBot.People;
using PciBot.Registry;

namespace PciBot.Benchmarks;

/// <summary>
/// The <c>memory-run</c> mode, run in a process of its own: the real host on a new SQLite file, the plan's tasks copied
/// <c>scale</c> times, one person with a personal chat per reminder, and every reminder sent by the dispatcher to a
/// fake connector that lives in the parent process. Prints its own peak working set after start and at the end.
/// </summary>
internal static class MemoryWorkload
{
    private const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private const string PeakLine = "peak-working-set";
    private const int SeedBatch = 1_000;

    public static async Task<int> RunAsync(string serviceUrl, int reminders, int scale)
    {
        var directory = Path.Combine(Path.GetTempPath(), "pcibot-benchmarks", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var settings = new Dictionary<string, string?>
            {
                ["Dispatch:GlobalPerSecond"] = "1000",
                ["Dispatch:DefaultServiceUrl"] = serviceUrl,
                ["Dispatch:PollInterval"] = "00:00:00.100",
            };
            await using var host = new BenchmarkHost(directory, settings);
            _ = host.Services;
            var afterStart = Process.GetCurrentProcess().PeakWorkingSet64;
            var tasks = await ScaleRegistryAsync(host, scale);
            await SeedAndQueueAsync(host, serviceUrl, reminders);
            var afterSeeding = Process.GetCurrentProcess().PeakWorkingSet64;

            // From here the high-water mark is the sending's alone: what this program's seeding left is collected and
            // the kernel's mark is reset (Linux: "5" to clear_refs), so it starts again from what is resident now.
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            var sendingOnly = TryResetPeak();
            var started = Stopwatch.GetTimestamp();
            host.Services.GetRequiredService<DispatchSignal>().Notify();
            while (await InScopeAsync(host, db => db.Outbox.CountAsync(o => o.Status == OutboxStatus.Pending)) > 0)
            {
                if (Stopwatch.GetElapsedTime(started) > TimeSpan.FromMinutes(15))
                {
                    throw new TimeoutException("The outbox was not drained in 15 minutes.");
                }

                await Task.Delay(200);
            }

            var sent = await InScopeAsync(host, db => db.Outbox.CountAsync(o => o.Status == OutboxStatus.Sent));
            var peak = Process.GetCurrentProcess().PeakWorkingSet64;
            var overall = sendingOnly ? Math.Max(afterSeeding, peak) : peak;
            var sending = sendingOnly ? peak : -1;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{PeakLine} {afterStart} {overall} {sent} {tasks} {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} {afterSeeding} {sending}"));
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>
    /// What the parent reads back: peak after start, peak over the whole run, reminders sent, tasks, seconds sending,
    /// peak by the end of seeding, and peak while sending (-1 where the kernel's mark cannot be reset).
    /// </summary>
    public static MemoryFigures? Parse(string line)
    {
        if (!line.StartsWith(PeakLine, StringComparison.Ordinal))
        {
            return null;
        }

        var parts = line.Split(' ');
        var c = CultureInfo.InvariantCulture;
        return new MemoryFigures(
            long.Parse(parts[1], c), long.Parse(parts[2], c), int.Parse(parts[3], c), int.Parse(parts[4], c), double.Parse(parts[5], c), long.Parse(parts[6], c), long.Parse(parts[7], c));
    }

    private static bool TryResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            return false;
        }
    }

    private static async Task<T> InScopeAsync<T>(BenchmarkHost host, Func<PciBotDbContext, Task<T>> work)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<PciBotDbContext>());
    }

    /// <summary>Copies each task of the plan, with its lead and coordinating units, until there are <paramref name="scale"/> times as many.</summary>
    private static Task<int> ScaleRegistryAsync(BenchmarkHost host, int scale) => InScopeAsync(host, async db =>
    {
        var originals = await db.Tasks.AsNoTracking().Include(t => t.Units).Where(t => !t.IsArchived).ToListAsync();
        for (var copy = 1; copy < scale; copy++)
        {
            foreach (var task in originals)
            {
                db.Tasks.Add(new PlanTask
                {
                    PlanId = task.PlanId,
                    Family = task.Family,
                    Number = task.Number + (1000 * copy),
                    IndexId = task.IndexId,
                    Text = task.Text,
                    Timeline = task.Timeline,
                    Cadence = task.Cadence,
                    Deadline = task.Deadline,
                    PeriodFrom = task.PeriodFrom,
                    PeriodTo = task.PeriodTo,
                    Condition = task.Condition,
                    Units = [.. task.Units.Select(u => new TaskUnit { UnitId = u.UnitId, Role = u.Role, Order = u.Order })],
                });
            }

            if (copy % 10 == 0)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync();
        return await db.Tasks.CountAsync();
    });

    /// <summary>One person with a personal chat per reminder, spread over the (task, lead unit) pairs of the scaled registry.</summary>
    private static Task<int> SeedAndQueueAsync(BenchmarkHost host, string serviceUrl, int reminders) => InScopeAsync(host, async db =>
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var now = host.Clock.GetUtcNow();
        var lines = await BenchmarkReminders.LeadPairsAsync(db);

        // Saved a thousand at a time, with nothing kept tracked: this program's seeding, not the bot's work.
        for (var first = 0; first < reminders; first += SeedBatch)
        {
            await SeedBatchAsync(db, serviceUrl, now, lines, first, Math.Min(reminders, first + SeedBatch));
        }

        return reminders;
    });

    private static async Task SeedBatchAsync(
        PciBotDbContext db, string serviceUrl, DateTimeOffset now, List<(int TaskId, int UnitId)> pairs, int from, int to)
    {
        var people = new List<(Person Person, int TaskId, int UnitId)>();
        for (var i = from; i < to; i++)
        {
            var pair = pairs[i % pairs.Count];
            var person = new Person
            {
                AadObjectId = $"aad-mem-{i}",
                TeamsUserId = $"29:mem-{i}",
                Name = $"Người dùng {i}",
                TenantId = TenantId,
                CreatedAt = now,
                Memberships = [new UnitMembership { UnitId = pair.UnitId, Role = MembershipRole.Delegate }],
            };
            db.People.Add(person);
            db.Conversations.Add(new ConversationRecord
            {
                Kind = ConversationKind.Personal,
                Key = person.TeamsUserId,
                ConversationId = $"a:mem-{i}",
                ServiceUrl = serviceUrl,
                ChannelId = "msteams",
                TenantId = TenantId,
                BotId = "28:bench-bot",
                UserId = person.TeamsUserId,
                UserAadObjectId = person.AadObjectId,
                UserName = person.Name,
                Locale = "vi-VN",
                FirstSeenAt = now,
                LastSeenAt = now,
            });
            people.Add((person, pair.TaskId, pair.UnitId));
        }

        await db.SaveChangesAsync();
        foreach (var (person, taskId, unitId) in people)
        {
            db.Outbox.Add(BenchmarkReminders.QuarterlyReminder(person.Id, taskId, unitId, now));
        }

        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }
}
