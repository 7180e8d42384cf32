using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PciBot.Conversations;
using PciBot.Outbox;
using PciBot.Reminders;
using PciBot.Schedules;
using PciBot.Testing;
using PciBot.Tests.Infrastructure;
using Quartz;

namespace PciBot.Tests.Reminders;

/// <summary>Settings that make the dispatcher fast to test against a <see cref="FakeConnector"/>, and a bounded wait for it.</summary>
internal static class Dispatching
{
    public static Dictionary<string, string?> Settings(FakeConnector connector, int globalPerSecond = 50, IDictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Dispatch:DefaultServiceUrl"] = connector.ServiceUrl,
            ["Dispatch:GlobalPerSecond"] = globalPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Dispatch:RetryBaseDelay"] = "00:00:00.200",
            ["Dispatch:PollInterval"] = "00:00:00.100",
            ["Bot:Connector:BaseDelay"] = "00:00:00.050",
            ["Bot:Connector:MaxDelay"] = "00:00:00.200",
            ["Bot:Connector:MaxRetryAfter"] = "00:00:05",
            // Long enough for a loaded CI machine: a post that outlasts it is Unconfirmed and never posted again.
            ["Bot:Connector:AttemptTimeout"] = "00:00:10",
            ["Bot:Connector:TotalTimeout"] = "00:00:20",
            ["Logging:LogLevel:PciBot"] = "Warning",
        };
        foreach (var (key, value) in more ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>
    /// Waits (in real time: sending is real time) until the outbox has rows and none is left pending, twice in a row so
    /// that notices queued by the last sends are seen; fails after <paramref name="timeout"/>. A row a test knows must come
    /// (<paramref name="awaited"/>) is waited for as well, whatever time the sends before it took.
    /// </summary>
    public static async Task<List<OutboxMessage>> DrainedAsync(PciBotApp app, TimeSpan timeout, int atLeast = 1, Func<OutboxMessage, bool>? awaited = null)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var quiet = 0;
        while (true)
        {
            var rows = await app.WithDbAsync(db => db.Outbox.AsNoTracking().ToListAsync());
            quiet = rows.Count >= atLeast && rows.All(r => r.Status != OutboxStatus.Pending) && (awaited is null || rows.Any(awaited)) ? quiet + 1 : 0;
            if (quiet == 2)
            {
                return rows;
            }

            if (System.Diagnostics.Stopwatch.GetElapsedTime(started) > timeout)
            {
                var pending = rows.Where(r => r.Status == OutboxStatus.Pending).Take(5).Select(r => $"{r.Id} {r.Subject} attempts {r.Attempts} claim {r.ClaimedBy} until {r.ClaimedUntil:o} error {r.LastError}");
                Assert.Fail($"The outbox did not drain in {timeout}: {rows.Count} rows, {rows.Count(r => r.Status == OutboxStatus.Pending)} pending, e.g. {string.Join("; ", pending)}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Each row that was sent arrived exactly once, in its conversation, under the activity id it recorded; nothing else arrived.</summary>
    public static void AssertEachRowDeliveredOnce(FakeConnector connector, IReadOnlyList<OutboxMessage> rows)
    {
        var sent = rows.Where(r => r.Status == OutboxStatus.Sent).ToList();
        var deliveries = connector.Deliveries.ToList();
        Assert.Equal(sent.Count, deliveries.Count);
        var byActivity = deliveries.ToDictionary(d => d.ActivityId);
        Assert.All(sent, r => Assert.Equal(r.ConversationId, byActivity[r.ActivityId!].ConversationId));
        foreach (var conversation in sent.GroupBy(r => r.ConversationId))
        {
            Assert.Equal(conversation.Count(), connector.DeliveriesTo(conversation.Key!).Count);
        }
    }

    /// <summary>
    /// Queues what the task schedules that fall due on the morning of 11 December 2023 owe at <paramref name="now"/>:
    /// each person gets one reminder per schedule whose tasks their unit leads, so a person of CNTTBCVT or TTBCXB gets
    /// three. They are queued in one transaction, so that the dispatcher finds a person's reminders all at once, as it
    /// found them when one schedule queued a reminder per task.
    /// </summary>
    public static async Task QueueMorningRemindersAsync(PciBotApp app, DateTimeOffset now)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<PciBot.Data.PciBotDbContext>();
        var planner = scope.ServiceProvider.GetRequiredService<ReminderPlanner>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        foreach (var schedule in new[] { "quarterly", "monthly", "annual" })
        {
            await planner.QueueDueAsync(schedule, now, CancellationToken.None);
        }

        await transaction.CommitAsync();
        app.Services.GetRequiredService<DispatchSignal>().Notify();
    }

    /// <summary>Registers a channel on <paramref name="connector"/> as the Office's, where the bot's notices go.</summary>
    public static Task<ConversationRecord> OfficeChannelAsync(PciBotApp app, FakeConnector connector) => app.WithDbAsync(async db =>
    {
        var channel = new ConversationRecord
        {
            Kind = ConversationKind.Channel,
            Key = "19:office@thread.tacv2",
            ConversationId = "19:office@thread.tacv2",
            ServiceUrl = connector.ServiceUrl,
            ChannelId = "msteams",
            TenantId = Activities.TenantId,
            BotId = Activities.BotId,
            IsOfficeChannel = true,
        };
        db.Conversations.Add(channel);
        await db.SaveChangesAsync();
        return channel;
    });

    /// <summary>
    /// Leaves what a dispatcher that died during the post leaves behind: a Q4 reminder to <paramref name="person"/>
    /// marked with their chat, its lease run out; then wakes the dispatcher. Returns the chat.
    /// </summary>
    public static async Task<string> LeftMidPostAsync(PciBotApp app, PciBot.People.Person person)
    {
        var chat = $"a:personal-{person.TeamsUserId}";
        await app.WithDbAsync(async db =>
        {
            db.Outbox.Add(new OutboxMessage
            {
                Kind = ReminderKinds.Reminder,
                ScheduleKey = "quarterly",
                PeriodKey = "2023-Q4/reminder",
                ReportPeriodKey = "2023-Q4",
                RecipientKind = RecipientKind.Person,
                RecipientKey = $"person:{person.Id}",
                PersonId = person.Id,
                Subject = "task:1/unit:1",
                Stage = ReminderStage.Reminder,
                Status = OutboxStatus.Pending,
                Attempts = 1,
                CreatedAt = app.Clock.GetUtcNow(),
                NextAttemptAt = app.Clock.GetUtcNow(),
                ClaimedBy = "a-dispatcher-that-died",
                ClaimedUntil = TimeProvider.System.GetUtcNow().AddMinutes(-1),
                ConversationId = chat,
            });
            return await db.SaveChangesAsync();
        });
        app.Services.GetRequiredService<DispatchSignal>().Notify();
        return chat;
    }

    public static string NewDirectory()
    {
        var directory = Path.Combine(Path.GetTempPath(), "pcibot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        return directory;
    }

    public static void DeleteDirectory(string directory)
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

    /// <summary>Reads until <paramref name="done"/> holds (Quartz works on its own thread), or fails after ten seconds.</summary>
    public static async Task<T> WaitForAsync<T>(PciBotApp app, Func<PciBot.Data.PciBotDbContext, Task<T>> read, Func<T, bool> done)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        while (true)
        {
            var value = await app.WithDbAsync(read);
            if (done(value))
            {
                return value;
            }

            Assert.True(System.Diagnostics.Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(10), $"Still {value} after ten seconds.");
            await Task.Delay(50);
        }
    }

    /// <summary>
    /// Waits until Quartz has fired every schedule due by the host's clock: every trigger left is in the future (a
    /// fired one has none until its job, having queued what it owes, schedules the next). Only then is all that the
    /// schedules owe in the outbox.
    /// </summary>
    public static async Task SchedulesFiredAsync(PciBotApp app)
    {
        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        while (true)
        {
            var pending = new List<string>();
            foreach (var key in await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(ScheduleJob.Group)))
            {
                if (!((await scheduler.GetTrigger(key))?.NextFireTimeUtc is { } next && next > app.Clock.GetUtcNow()))
                {
                    pending.Add(key.Name);
                }
            }

            if (pending.Count == 0)
            {
                return;
            }

            Assert.True(System.Diagnostics.Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(20), $"Schedules {string.Join(", ", pending)} still not fired after twenty seconds.");
            await Task.Delay(50);
        }
    }
}
