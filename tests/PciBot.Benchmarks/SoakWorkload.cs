using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PciBot.BotFramework.Authentication;
using PciBot.Conversations;
using PciBot.Data;
using PciBot.Outbox;
using PciBot.People;
using PciBot.Registry;
using PciBot.Testing;
using PciBot.Updates;

namespace PciBot.Benchmarks;

/// <summary>
/// The <c>soak-run</c> mode, in a process of its own so that its working set is the bot's: the real host on Kestrel
/// with tokens checked, 10,000 reminder recipients, 16 people who ask and 16 who submit updates; it queues a
/// 10,000-reminder fan-out every <see cref="FanOutEvery"/>, reports its working set every 30 s, and when the parent
/// creates the stop file it lets the outbox drain and reports what became of every row and how many updates it stored.
/// </summary>
internal static class SoakWorkload
{
    public const int Recipients = 10_000;
    public const int Askers = 16;
    public const int Submitters = 16;
    public static readonly TimeSpan FanOutEvery = TimeSpan.FromMinutes(5);

    /// <summary>In the <c>peak</c> mode, how long the clients run before the fan-out is queued: the bot of a cut-off morning has been running.</summary>
    public static readonly TimeSpan PeakWarmUp = TimeSpan.FromSeconds(20);
    public static readonly DateTimeOffset Now = new(2023, 12, 11, 1, 0, 0, TimeSpan.Zero);

    private const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    public static async Task<int> RunAsync(string serviceUrl, int port, string metadataUrl, string stopFile, bool once = false, bool oneTransaction = false)
    {
        var directory = Path.Combine(Path.GetTempPath(), "pcibot-benchmarks", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var settings = new Dictionary<string, string?>
            {
                ["Bot:AppId"] = TokenIssuer.AppId,
                ["Bot:TenantId"] = TokenIssuer.TenantId,
                ["Bot:AppPassword"] = "local-test-secret",
                ["Bot:AllowUnauthenticated"] = "false",
                ["Bot:OpenIdMetadataUrl"] = metadataUrl,
                ["Bot:RequireHttpsMetadata"] = "false",
                ["Dispatch:DefaultServiceUrl"] = serviceUrl,
                ["Dispatch:PollInterval"] = "00:00:00.200",
            };
            if (oneTransaction)
            {
                settings["Dispatch:QueueChunk"] = "100000";
            }

            await using var host = new BenchmarkHost(directory, settings, services =>
            {
                services.RemoveAll<IBotTokenProvider>();
                services.AddSingleton<IBotTokenProvider>(new FixedBotToken());
            });
            host.UseKestrel(port);
            host.StartServer();
            var (task19, unit) = await SeedAsync(host, serviceUrl);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"soak-ready {task19} {unit}"));

            var started = Stopwatch.GetTimestamp();
            var rounds = 0;
            var nextSample = TimeSpan.Zero;
            while (!File.Exists(stopFile))
            {
                var elapsed = Stopwatch.GetElapsedTime(started);
                if (once ? rounds == 0 : elapsed >= FanOutEvery * rounds)
                {
                    if (once)
                    {
                        await Task.Delay(PeakWarmUp);
                        Console.WriteLine("fanout-start");
                        var queuedAt = Stopwatch.GetTimestamp();
                        await QueueAsThePlannerDoesAsync(host);

                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fanout-queued {Stopwatch.GetElapsedTime(queuedAt).TotalMilliseconds:F0}"));
                        rounds++;
                        _ = ReportDrainedAsync(host, queuedAt);
                    }
                    else
                    {
                        await QueueFanOutAsync(host, rounds++);
                    }
                }

                if (elapsed >= nextSample)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"soak-ws {elapsed.TotalSeconds:F0} {Process.GetCurrentProcess().WorkingSet64}"));
                    nextSample += TimeSpan.FromSeconds(30);
                }

                await Task.Delay(500);
            }

            var drainStarted = Stopwatch.GetTimestamp();
            while (await InScopeAsync(host, db => db.Outbox.CountAsync(o => o.Status == OutboxStatus.Pending)) > 0 && Stopwatch.GetElapsedTime(drainStarted) < TimeSpan.FromMinutes(6))
            {
                await Task.Delay(1000);
            }

            var statuses = await InScopeAsync(host, db => db.Outbox.GroupBy(o => o.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync());
            int Of(OutboxStatus status) => statuses.Where(s => s.Key == status).Sum(s => s.Count);
            var updates = await InScopeAsync(host, db => db.ProgressUpdates.CountAsync());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"soak-ws {Stopwatch.GetElapsedTime(started).TotalSeconds:F0} {Process.GetCurrentProcess().WorkingSet64}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"soak-done {rounds} {statuses.Sum(s => s.Count)} {Of(OutboxStatus.Sent)} {Of(OutboxStatus.Unconfirmed)} {Of(OutboxStatus.Failed)} {Of(OutboxStatus.Pending)} {updates}"));
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

    /// <summary>The person of a soak role and number, as the parent addresses them.</summary>
    public static (string TeamsId, string Aad, string Conversation) Person(string role, int i) =>
        ($"29:soak-{role}-{i}", $"aad-soak-{role}-{i}", $"a:soak-{role}-{i}");

    /// <summary>The 08:00 fan-out as the reminder planner queues it, through <see cref="OutboxQueue"/> (<c>Dispatch:QueueChunk</c> rows to a transaction).</summary>
    private static Task<int?> QueueAsThePlannerDoesAsync(BenchmarkHost host)
    {
        return InScopeAsync(host, async db =>
        {
            var ids = await db.People.Where(p => p.AadObjectId.StartsWith("aad-soak-recipient-")).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync();
            var pairs = await BenchmarkReminders.LeadPairsAsync(db);
            var now = host.Clock.GetUtcNow();
            var rows = ids.Select((id, i) => BenchmarkReminders.QuarterlyReminder(id, pairs[i % pairs.Count].TaskId, pairs[i % pairs.Count].UnitId, now)).ToList();
            await using var scope = host.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<OutboxQueue>().QueueAsync(rows, CancellationToken.None);
        });
    }

    /// <summary>Prints <c>fanout-drained</c> with the seconds from queueing until no row is pending.</summary>
    private static async Task ReportDrainedAsync(BenchmarkHost host, long queuedAt)
    {
        while (await InScopeAsync(host, db => db.Outbox.CountAsync(o => o.Status == OutboxStatus.Pending)) > 0)
        {
            await Task.Delay(100);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fanout-drained {Stopwatch.GetElapsedTime(queuedAt).TotalSeconds:F2}"));
    }

    private static Task<int> QueueFanOutAsync(BenchmarkHost host, int round) => InScopeAsync(host, async db =>
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var ids = await db.People.Where(p => p.AadObjectId.StartsWith("aad-soak-recipient-")).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync();
        var pairs = await BenchmarkReminders.LeadPairsAsync(db);
        var now = host.Clock.GetUtcNow();
        for (var i = 0; i < ids.Count; i++)
        {
            var pair = pairs[i % pairs.Count];
            var row = BenchmarkReminders.QuarterlyReminder(ids[i], pair.TaskId, pair.UnitId, now);
            row.PeriodKey = $"2023-Q4/soak-{round}";
            db.Outbox.Add(row);
            if ((i + 1) % 1000 == 0)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync();
        host.Services.GetRequiredService<DispatchSignal>().Notify();
        return ids.Count;
    });

    private static async Task<(int Task19, int Unit)> SeedAsync(BenchmarkHost host, string serviceUrl)
    {
        var unit = await InScopeAsync(host, db => db.Units.Where(u => u.Code == "TTBCXB").Select(u => u.Id).SingleAsync());
        var task19 = await InScopeAsync(host, db => db.Tasks.Where(t => t.Family == IndexFamily.Pci && t.Number == 19 && !t.IsArchived).Select(t => t.Id).SingleAsync());
        var pairs = await InScopeAsync(host, BenchmarkReminders.LeadPairsAsync);
        for (var first = 0; first < Recipients; first += 1000)
        {
            await InScopeAsync(host, db =>
            {
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                for (var i = first; i < first + 1000; i++)
                {
                    Add(db, serviceUrl, "recipient", i, pairs[i % pairs.Count].UnitId, MembershipRole.Delegate);
                }

                return db.SaveChangesAsync();
            });
        }

        await InScopeAsync(host, db =>
        {
            for (var i = 0; i < Submitters; i++)
            {
                Add(db, serviceUrl, "submitter", i, unit, MembershipRole.Delegate);
            }

            return db.SaveChangesAsync();
        });
        return (task19, unit);
    }

    private static void Add(PciBotDbContext db, string serviceUrl, string role, int i, int unitId, MembershipRole membership)
    {
        var (teamsId, aad, conversation) = Person(role, i);
        var person = new Person
        {
            AadObjectId = aad,
            TeamsUserId = teamsId,
            Name = $"Cán bộ {role} {i}",
            TenantId = TenantId,
            CreatedAt = Now,
            Memberships = [new UnitMembership { UnitId = unitId, Role = membership }],
        };
        db.People.Add(person);
        db.Conversations.Add(new ConversationRecord
        {
            Kind = ConversationKind.Personal,
            Key = teamsId,
            ConversationId = conversation,
            ServiceUrl = serviceUrl,
            ChannelId = "msteams",
            TenantId = TenantId,
            BotId = $"28:{TokenIssuer.AppId}",
            UserId = teamsId,
            UserAadObjectId = aad,
            UserName = person.Name,
            Locale = "vi-VN",
            FirstSeenAt = Now,
            LastSeenAt = Now,
        });
    }

    private static async Task<T> InScopeAsync<T>(BenchmarkHost host, Func<PciBotDbContext, Task<T>> work)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<PciBotDbContext>());
    }
}
