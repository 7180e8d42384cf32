using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PciBot.Conversations;
using PciBot.Data;
using PciBot.Outbox;
using PciBot.People;
using PciBot.Registry;
using PciBot.Testing;

namespace PciBot.Benchmarks;

/// <summary>
/// One reminder each to <c>reminders</c> people, queued at once in the outbox of the real host and sent by its real
/// dispatcher through a fake connector that allows <c>rate</c> calls per second and Teams' limits per conversation.
/// </summary>
internal sealed class FanOutBenchmark(int reminders, int rate, bool newChats)
{
    private const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    public async Task<FanOutReport> RunAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "pcibot-benchmarks", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            await using var connector = await FakeConnector.StartAsync(new FakeConnectorOptions { GlobalPerSecond = rate, EnforceConversationLimits = true });
            var settings = new Dictionary<string, string?>
            {
                ["Dispatch:GlobalPerSecond"] = rate.ToString(CultureInfo.InvariantCulture),
                ["Dispatch:DefaultServiceUrl"] = connector.ServiceUrl,
                ["Dispatch:PollInterval"] = "00:00:00.100",
            };
            FanOutReport report;
            await using (var host = new BenchmarkHost(directory, settings))
            {
                await SeedPeopleAsync(host, connector.ServiceUrl);
                var dispatched = await QueueAndWaitAsync(host);
                var rows = await InScopeAsync(host, db => db.Outbox.AsNoTracking().GroupBy(o => o.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync());
                var deliveries = connector.Deliveries.ToList();
                var duplicates = deliveries.GroupBy(d => d.ConversationId).Sum(g => g.Count() - 1);
                var body = deliveries.FirstOrDefault()?.Call.Body?.ToJsonString() ?? "{}";
                var baseline = await PlainPosts.RunAsync(reminders, rate, parallelism: 16, body);
                report = new FanOutReport(
                    reminders,
                    rate,
                    dispatched with { Throttled = connector.Throttled, Calls = connector.Calls.Count },
                    rows.ToDictionary(r => r.Key, r => r.Count),
                    duplicates,
                    baseline,
                    Process.GetCurrentProcess().PeakWorkingSet64,
                    newChats);
            }

            return report;
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

    private static async Task<T> InScopeAsync<T>(BenchmarkHost host, Func<PciBotDbContext, Task<T>> work)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<PciBotDbContext>());
    }

    /// <summary>People spread over the internal units that lead tasks, each with a personal chat unless new chats are measured.</summary>
    private async Task SeedPeopleAsync(BenchmarkHost host, string serviceUrl) => await InScopeAsync(host, async db =>
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var now = host.Clock.GetUtcNow();
        var pairs = await BenchmarkReminders.LeadPairsAsync(db);
        var units = await db.Units.ToDictionaryAsync(u => u.Id);
        for (var i = 0; i < reminders; i++)
        {
            var (_, unitId) = pairs[i % pairs.Count];
            var person = new Person
            {
                AadObjectId = $"aad-bench-{i}",
                TeamsUserId = $"29:bench-{i}",
                Name = $"Người dùng {i}",
                TenantId = TenantId,
                CreatedAt = now,
                Memberships = [new UnitMembership { Unit = units[unitId], Role = MembershipRole.Delegate }],
            };
            db.People.Add(person);
            if (!newChats)
            {
                db.Conversations.Add(new ConversationRecord
                {
                    Kind = ConversationKind.Personal,
                    Key = person.TeamsUserId,
                    ConversationId = $"a:bench-{i}",
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
            }
        }

        return await db.SaveChangesAsync();
    });

    /// <summary>Queues one reminder per person in one transaction, then waits until the dispatcher has settled every one.</summary>
    private static async Task<RunFigures> QueueAndWaitAsync(BenchmarkHost host)
    {
        var started = await InScopeAsync(host, async db =>
        {
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var now = host.Clock.GetUtcNow();
            var pairs = await BenchmarkReminders.LeadPairsAsync(db);
            var people = await db.People.AsNoTracking().Where(p => p.AadObjectId.StartsWith("aad-bench-")).Select(p => new { p.Id, p.AadObjectId }).ToListAsync();
            foreach (var person in people)
            {
                var index = int.Parse(person.AadObjectId["aad-bench-".Length..], CultureInfo.InvariantCulture);
                var (taskId, unitId) = pairs[index % pairs.Count];
                db.Outbox.Add(BenchmarkReminders.QuarterlyReminder(person.Id, taskId, unitId, now));
            }

            // The clock starts as the reminders become visible, as when the planner's one transaction commits them.
            await db.SaveChangesAsync();
            return Stopwatch.GetTimestamp();
        });
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        host.Services.GetRequiredService<DispatchSignal>().Notify();

        while (await InScopeAsync(host, db => db.Outbox.CountAsync(o => o.Status == OutboxStatus.Pending)) > 0)
        {
            if (Stopwatch.GetElapsedTime(started) > Timeout)
            {
                throw new TimeoutException($"The outbox was not drained in {Timeout}.");
            }

            await Task.Delay(50);
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var sent = await InScopeAsync(host, db => db.Outbox.CountAsync(o => o.Status == OutboxStatus.Sent));
        return new RunFigures(sent, elapsed, 0) { Cpu = cpu };
    }
}
