using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PciBot.BotFramework.Authentication;
using PciBot.Testing;

namespace PciBot.Benchmarks;

/// <summary>
/// Each text posted to <c>/api/messages</c> of the real host on Kestrel (loopback, tokens checked against a local
/// issuer, answers through the fake connector) by <c>clients</c> clients, against the relay floor in the same run: an
/// endpoint that reads the activity, posts a fixed card of the same size to the same fake connector and answers 200
/// (<see cref="RelayEndpoint"/>). Answers per second are counted where the connector receives them.
/// </summary>
internal sealed class MessagesBenchmark(TimeSpan duration, IReadOnlyList<string> texts, int clients = 16)
{
    public const string Question = "việc đến hạn quý này";
    public const string Help = "help";
    private const int SettledMethodsPerSecond = 20;
    private static readonly TimeSpan MinimumWarmUp = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan MaximumWarmUp = TimeSpan.FromSeconds(40);

    /// <summary>The share of the relay floor each text must reach (issue #22).</summary>
    public static double GoalFor(string text) => text == Help ? 0.8 : text == Question ? 0.5 : 0;

    public async Task<bool> RunAsync(TextWriter report)
    {
        var directory = Path.Combine(Path.GetTempPath(), "pcibot-benchmarks", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            await using var issuer = await TokenIssuer.StartAsync();
            await using var connector = await FakeConnector.StartAsync(new FakeConnectorOptions { KeepBodies = false });
            await using var sampler = await FakeConnector.StartAsync();
            var settings = new Dictionary<string, string?>(issuer.BotSettings)
            {
                ["Dispatch:DefaultServiceUrl"] = connector.ServiceUrl,
            };
            await using var host = new BenchmarkHost(directory, settings, services =>
            {
                services.RemoveAll<IBotTokenProvider>();
                services.AddSingleton<IBotTokenProvider>(new FixedBotToken());
            });
            host.UseKestrel(0);
            host.StartServer();
            var bot = new Uri(new Uri(host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()), "api/messages");
            var now = host.Clock.GetUtcNow();
            var token = issuer.CreateToken(connector.ServiceUrl, now);
            using var relayHandler = new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
            using var relayClient = new HttpClient(relayHandler) { Timeout = TimeSpan.FromSeconds(30) };

            report.WriteLine(string.Create(CultureInfo.InvariantCulture, $"messages: {clients} clients, {duration.TotalSeconds:F0} s per run after a warm-up, tokens checked; answers/s counted at the fake connector; machine: {Machine.Describe()}"));
            var passed = true;
            var accepted = 0;
            var summary = new List<string>();
            foreach (var text in texts)
            {
                (string, string?) Request(int client) => (Message(connector.ServiceUrl, client, text), token);

                var (warmUpRequests, warmedIn) = await WarmUpAsync(bot, clients, Request);
                accepted += warmUpRequests;
                await AnsweredAsync(connector, accepted);
                await report.WriteLineAsync($"  \"{text}\": measuring the bot (process {Environment.ProcessId}) for {duration.TotalSeconds:F0} s");
                await report.FlushAsync();
                var before = connector.Deliveries.Count;
                var started = Stopwatch.GetTimestamp();
                var figures = await LoadRun.RunAsync(bot, clients, duration, Request);
                accepted += figures.Requests - figures.Failures;
                await AnsweredAsync(connector, accepted);
                var answered = connector.Deliveries.Count - before;
                var botRate = answered / Stopwatch.GetElapsedTime(started).TotalSeconds;

                var card = await SampleAnswerAsync(bot, issuer, sampler, text, now);
                await using var relay = RelayEndpoint.Build(card, relayClient);
                await relay.StartAsync();
                var relayUrl = new Uri(BareEndpoint.AddressOf(relay), "api/messages");
                await LoadRun.RunAsync(relayUrl, clients, TimeSpan.FromSeconds(3), Request);
                var relayBefore = connector.Deliveries.Count;
                var relayStarted = Stopwatch.GetTimestamp();
                var floor = await LoadRun.RunAsync(relayUrl, clients, duration, Request);
                var relayRate = (connector.Deliveries.Count - relayBefore) / Stopwatch.GetElapsedTime(relayStarted).TotalSeconds;

                var ratio = botRate / relayRate;
                var goal = GoalFor(text);
                passed &= figures.Failures == 0 && floor.Failures == 0 && ratio >= goal;
                report.WriteLine($"  \"{text}\": warm-up {warmedIn.TotalSeconds:F0} s ({warmUpRequests} requests, {JitInfo.GetCompiledMethodCount():N0} methods compiled in all); answer {card.Length:N0} bytes of JSON");
                report.WriteLine(Line("bot", figures, botRate));
                report.WriteLine(Line("relay", floor, relayRate));
                var line = string.Create(CultureInfo.InvariantCulture, $"\"{text}\": bot {botRate:N0} answers/s, relay floor {relayRate:N0}/s, ratio {ratio:F2} (goal >= {goal:F1}: {(ratio >= goal ? "met" : "not met")}); bot p99 {figures.P99Ms:F1} ms");
                report.WriteLine($"    {line}");
                summary.Add(line);
            }

            report.WriteLine("  summary:");
            foreach (var line in summary)
            {
                report.WriteLine($"  | {line}");
            }

            return passed;
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

    /// <summary>The bot's answer to <paramref name="text"/>, as posted to a connector that keeps bodies: the relay posts these bytes.</summary>
    private static async Task<byte[]> SampleAnswerAsync(Uri bot, TokenIssuer issuer, FakeConnector sampler, string text, DateTimeOffset now)
    {
        var before = sampler.Deliveries.Count;
        using var http = new HttpClient();
        using var message = new HttpRequestMessage(HttpMethod.Post, bot)
        {
            Content = new StringContent(Message(sampler.ServiceUrl, 999, text).Replace(LoadRun.Sequence, Guid.NewGuid().ToString("N"), StringComparison.Ordinal), Encoding.UTF8, "application/json"),
        };
        message.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", issuer.CreateToken(sampler.ServiceUrl, now));
        using var response = await http.SendAsync(message);
        response.EnsureSuccessStatusCode();
        var started = Stopwatch.GetTimestamp();
        while (sampler.Deliveries.Count == before)
        {
            if (Stopwatch.GetElapsedTime(started) > TimeSpan.FromSeconds(30))
            {
                throw new TimeoutException("The bot did not answer the sample message.");
            }

            await Task.Delay(20);
        }

        return Encoding.UTF8.GetBytes(sampler.Deliveries.Last().Call.Body!.ToJsonString());
    }

    /// <summary>
    /// Load until tiered compilation has settled: a service runs for days on optimized code, and on two busy cores the
    /// background compiler needs many seconds to get there. At least <see cref="MinimumWarmUp"/>, at most <see cref="MaximumWarmUp"/>.
    /// </summary>
    private static async Task<(int Accepted, TimeSpan Took)> WarmUpAsync(Uri bot, int clients, Func<int, (string, string?)> request)
    {
        var started = Stopwatch.GetTimestamp();
        var accepted = 0;
        long compiled;
        do
        {
            compiled = JitInfo.GetCompiledMethodCount();
            var round = await LoadRun.RunAsync(bot, clients, TimeSpan.FromSeconds(1), request);
            accepted += round.Requests - round.Failures;
        }
        while (Stopwatch.GetElapsedTime(started) < MaximumWarmUp
               && (Stopwatch.GetElapsedTime(started) < MinimumWarmUp || JitInfo.GetCompiledMethodCount() - compiled >= SettledMethodsPerSecond));
        return (accepted, Stopwatch.GetElapsedTime(started));
    }

    private static string Line(string name, Percentiles p, double answersPerSecond) => string.Create(
        CultureInfo.InvariantCulture,
        $"    {name,-5} {p.Requests,7} requests  {p.PerSecond,8:F0}/s  p50 {p.P50Ms,6:F2} ms  p99 {p.P99Ms,6:F2} ms  max {p.MaxMs,7:F1} ms  failures {p.Failures}  answers {answersPerSecond,7:F0}/s");

    /// <summary>Waits until every message posted so far has been answered, the way Teams would see it.</summary>
    private static async Task AnsweredAsync(FakeConnector connector, int sent)
    {
        var started = Stopwatch.GetTimestamp();
        while (connector.Deliveries.Count < sent)
        {
            if (Stopwatch.GetElapsedTime(started) > TimeSpan.FromMinutes(5))
            {
                throw new TimeoutException($"{connector.Deliveries.Count} of {sent} messages answered after five minutes.");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>A personal message from the user of one client.</summary>
    internal static string Message(string serviceUrl, int client, string text = Question)
    {
        var user = $"29:bench-user-{client}";
        return new JsonObject
        {
            ["type"] = "message",
            ["id"] = $"m-{client.ToString(CultureInfo.InvariantCulture)}-{LoadRun.Sequence}",
            ["timestamp"] = "2023-12-11T01:00:00.000Z",
            ["serviceUrl"] = serviceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = user, ["name"] = $"Người dùng {client}", ["aadObjectId"] = $"aad-bench-user-{client}" },
            ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = TokenIssuer.TenantId, ["id"] = $"a:bench-{client}" },
            ["recipient"] = new JsonObject { ["id"] = $"28:{TokenIssuer.AppId}", ["name"] = "PciBot" },
            ["text"] = text,
            ["textFormat"] = "plain",
            ["locale"] = "vi-VN",
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TokenIssuer.TenantId } },
        }.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
