using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PciBot.Audit;
using PciBot.Conversations;
using PciBot.Outbox;
using PciBot.People;
using PciBot.Registry;
using PciBot.Testing;
using PciBot.Tests.Infrastructure;
using PciBot.Tests.Updates;
using PciBot.Updates;

namespace PciBot.Tests.Fuzzing;

/// <summary>Ten thousand generated and mutated requests to <c>/api/messages</c> of the real host.</summary>
[Collection(HeavyTests.Name)]
public sealed partial class ActivityFuzzTests
{
    private const int Seed = 20231120;
    private const int Requests = 10_000;

    /// <summary>
    /// Nothing answers 5xx; a refused request (4xx) leaves no person, chat, update, outbox row or audit entry; card
    /// data from people without a role stores nothing; afterwards the bot still answers and the file is sound.
    /// A failure names the request number: <see cref="ActivityFuzzer"/> with the same seed rebuilds it.
    /// </summary>
    [Fact]
    public async Task TenThousandMalformedAndForgedActivitiesGetNo5xxAndStoreNothingThatWasRefused()
    {
        await using var connector = await FakeConnector.StartAsync();
        using var logs = new LogCapture();
        await using var app = PciBotApp.Create(
            settings: new Dictionary<string, string?>
            {
                ["Bot:Connector:AttemptTimeout"] = "00:00:00.500",
                ["Bot:Connector:TotalTimeout"] = "00:00:01",
                ["Bot:Connector:MaxDelay"] = "00:00:00.100",
                ["Logging:LogLevel:Default"] = "Error",
            },
            services: s => s.AddSingleton<ILoggerProvider>(logs));
        var taskIds = await app.WithDbAsync(db => db.Tasks.Select(t => t.Id).ToListAsync());
        var unitIds = await app.WithDbAsync(db => db.Units.Select(u => u.Id).ToListAsync());
        var fuzzer = new ActivityFuzzer(Seed, connector.ServiceUrl, taskIds, unitIds);
        var bodies = Enumerable.Range(0, Requests).Select(n => (N: n, Request: fuzzer.Next(n))).ToList();
        using var client = app.CreateClient();

        var refused = new ConcurrentDictionary<int, HttpStatusCode>();
        var errors = new ConcurrentQueue<string>();
        await Parallel.ForEachAsync(bodies, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (item, ct) =>
        {
            using var content = new ByteArrayContent(item.Request.Body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content, ct);
            var status = (int)response.StatusCode;
            if (status >= 500)
            {
                errors.Enqueue($"#{item.N} ({item.Request.Kind}) answered {status}: {await response.Content.ReadAsStringAsync(ct)}");
            }
            else if (status >= 400)
            {
                refused[item.N] = response.StatusCode;
            }
        });

        Assert.True(errors.IsEmpty, string.Join("\n", errors.Take(5)) + "\n" + string.Join("\n", logs.Entries.Where(l => l.Level >= LogLevel.Error).Take(3)));
        Assert.InRange(refused.Count, Requests / 5, Requests - (Requests / 5));
        Assert.Contains(refused.Values, s => s == HttpStatusCode.RequestEntityTooLarge);

        // Only accepted requests left traces, and roles come from nowhere in a request.
        var stored = await app.WithDbAsync(async db =>
            (await db.People.Select(p => p.AadObjectId + " " + p.TeamsUserId).ToListAsync())
            .Concat(await db.Conversations.Select(c => c.ConversationId + " " + c.UserId + " " + c.Key).ToListAsync())
            .ToList());
        var traced = stored.SelectMany(s => FuzzNumber().Matches(s)).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToHashSet();
        Assert.NotEmpty(traced);
        Assert.Empty(traced.Where(refused.ContainsKey).Take(10).Select(n => $"#{n} ({bodies[n].Request.Kind}) was refused with {refused[n]} but stored"));
        Assert.Equal(0, await app.WithDbAsync(db => db.ProgressUpdates.CountAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.Outbox.CountAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.AuditEntries.CountAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.People.CountAsync(p => p.IsAdmin || p.IsOfficeStaff || p.Memberships.Count > 0)));

        using var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        using var help = await app.PostActivityAsync(Activities.PersonalMessage(connector.ServiceUrl, "trợ giúp", userId: "29:after-fuzz", id: "after-fuzz"));
        Assert.Equal(HttpStatusCode.OK, help.StatusCode);
        await WaitForAnswerAsync(connector, "a:personal-29:after-fuzz");
        Assert.Equal("ok", LockedDatabaseTests.IntegrityCheck(app.DatabasePath));
    }

    private static async Task WaitForAnswerAsync(FakeConnector connector, string conversationId)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        while (connector.DeliveriesTo(conversationId).Count == 0)
        {
            Assert.True(System.Diagnostics.Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(60), "The bot did not answer after the fuzzing.");
            await Task.Delay(50);
        }
    }

    [GeneratedRegex("fuzz-([0-9]+)")]
    private static partial Regex FuzzNumber();
}
