using Microsoft.Data.Sqlite;
using PciBot.Calendar;
using PciBot.Conversations;
using PciBot.Outbox;
using PciBot.Reminders;
using PciBot.Schedules;
using PciBot.Testing;
using PciBot.Tests.Infrastructure;

namespace PciBot.Tests.Reminders;

/// <summary>
/// The built bot as a real process on a SQLite file, killed with SIGKILL while it sends 1,000 reminders, then started
/// again on the same file.
/// </summary>
[Collection(HeavyTests.Name)]
public sealed class BotKilledMidSendTests
{
    private const int Reminders = 1_000;
    private const int Parallelism = 16;
    private static readonly DateTimeOffset Quiet = VietnamTime.AtLocal(new DateOnly(2023, 11, 20), new TimeOnly(9, 0));
    private static readonly TimeSpan Bounded = TimeSpan.FromSeconds(90);

    /// <summary>
    /// A post in flight when the process dies has an unknown outcome: Teams may or may not have shown it. By design the
    /// next start marks it Unconfirmed and never posts it again (a second card is worse than a missing one). So: every
    /// row that was posted, Sent or Unconfirmed, is in its chat exactly once; no chat has two cards; the rows that
    /// ended Unconfirmed without a card are at most the posts that can be in flight at once.
    /// </summary>
    [Fact]
    public async Task KilledWhileSendingAThousandRemindersAndStartedAgainEveryRecipientHasOneCard()
    {
        await using var connector = await FakeConnector.StartAsync(new FakeConnectorOptions { Latency = TimeSpan.FromMilliseconds(20) });
        var directory = Dispatching.NewDirectory();
        try
        {
            await QueueRemindersAsync(directory, connector);
            var settings = ChildSettings(directory, connector);

            using (var first = BotProcess.Start(settings))
            {
                await first.WaitUntilAsync(() => Task.FromResult(connector.Deliveries.Count >= Reminders / 4), "a quarter of the reminders to arrive", Bounded);
                first.Kill();
            }

            var atKill = connector.Deliveries.Count;
            Assert.InRange(atKill, Reminders / 4, Reminders - 100);
            using (var second = BotProcess.Start(settings))
            {
                await second.WaitUntilAsync(() => Task.FromResult(Pending(directory) == 0), "the outbox to drain", Bounded);
            }

            var rows = Rows(directory);
            Assert.Equal(Reminders, rows.Count);
            Assert.Empty(rows.Where(r => r.Status is not (nameof(OutboxStatus.Sent) or nameof(OutboxStatus.Unconfirmed))).Select(r => $"{r.Conversation} {r.Status}"));
            Assert.True(connector.Deliveries.Count > atKill, "The second process sent nothing.");

            var delivered = connector.Deliveries.GroupBy(d => d.ConversationId).ToDictionary(g => g.Key, g => g.ToList());
            Assert.Empty(delivered.Where(d => d.Value.Count > 1).Select(d => $"{d.Key}: {d.Value.Count} cards"));
            Assert.All(rows.Where(r => r.Status == nameof(OutboxStatus.Sent)), r => Assert.Equal(r.ActivityId, Assert.Single(delivered[r.Conversation!]).ActivityId));
            var unconfirmed = rows.Where(r => r.Status == nameof(OutboxStatus.Unconfirmed)).ToList();
            Assert.InRange(unconfirmed.Count, 0, Parallelism);
            Assert.All(unconfirmed, r => Assert.NotNull(r.Conversation));
            Assert.Equal(Reminders - unconfirmed.Count(r => !delivered.ContainsKey(r.Conversation!)), connector.Deliveries.Count);
        }
        finally
        {
            Dispatching.DeleteDirectory(directory);
        }
    }

    /// <summary>The database as an earlier start left it: the plan, 1,000 people with a personal chat, one reminder each, due.</summary>
    private static async Task QueueRemindersAsync(string directory, FakeConnector connector)
    {
        await using var app = PciBotApp.Create(now: Quiet, directory: directory, settings: Dispatching.Settings(connector));
        var people = await app.WithDbAsync(db => TestPeople.ManyAsync(db, Reminders, ReminderDeliveryTests.Staffed, connector.ServiceUrl, Quiet));
        await app.WithDbAsync(async db =>
        {
            var withChat = db.Conversations.Select(c => c.UserId).ToHashSet();
            foreach (var person in people.Where(p => !withChat.Contains(p.TeamsUserId)))
            {
                db.Conversations.Add(TestPeople.PersonalChat(person, connector.ServiceUrl, Quiet));
            }

            await db.SaveChangesAsync();
            foreach (var person in people)
            {
                // Due a minute after this host's clock, which stands still: only the bot processes, a little later, send them.
                db.Outbox.Add(new OutboxMessage
                {
                    Kind = ReminderKinds.Notice,
                    ScheduleKey = "quarterly",
                    PeriodKey = "2023-Q4/reminder",
                    RecipientKind = RecipientKind.Person,
                    RecipientKey = $"person:{person.Id}",
                    PersonId = person.Id,
                    Subject = "notice:bot-killed-mid-send",
                    Stage = ReminderStage.Reminder,
                    Status = OutboxStatus.Pending,
                    CreatedAt = Quiet,
                    NextAttemptAt = Quiet.AddMinutes(1),
                });
            }

            return await db.SaveChangesAsync();
        });
    }

    private static Dictionary<string, string?> ChildSettings(string directory, FakeConnector connector)
    {
        var settings = Dispatching.Settings(connector, globalPerSecond: 200, new Dictionary<string, string?>
        {
            ["Database:SqlitePath"] = Path.Combine(directory, "pcibot.db"),
            ["Seed:Directory"] = RepositoryRoot.Seeds,
            ["Clock:StartAt"] = Quiet.AddMinutes(2).ToString("o"),
            ["Dispatch:Parallelism"] = Parallelism.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Dispatch:ClaimLease"] = "00:00:12",
            ["Bot:Connector:TotalTimeout"] = "00:00:10",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        return settings;
    }

    private static int Pending(string directory)
    {
        using var connection = Open(directory);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM Outbox WHERE Status = 'Pending'";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static List<(string Status, string? Conversation, string? ActivityId)> Rows(string directory)
    {
        using var connection = Open(directory);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Status, ConversationId, ActivityId FROM Outbox";
        using var reader = command.ExecuteReader();
        var rows = new List<(string, string?, string?)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
        }

        return rows;
    }

    private static SqliteConnection Open(string directory)
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(directory, "pcibot.db")};Pooling=False");
        connection.Open();
        return connection;
    }
}
