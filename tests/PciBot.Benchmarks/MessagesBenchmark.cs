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
/// "việc đến hạn quý này" posted to <c>/api/messages</c> of the real host on Kestrel (loopback, tokens checked against
/// a local issuer, answers through the fake connector) by 16 and 64 clients, and the same requests posted to a bare
/// Kestrel endpoint that only answers 200.
/// </summary>
internal sealed class MessagesBenchmark(TimeSpan duration, string text = MessagesBenchmark.Question)
{
    public const double P99GoalMs = 20;
    public const double ThroughputGoal = 0.3;
    public const string Question = "việc đến hạn quý này";
    private const int SettledMethodsPerSecond = 20;
    private static readonly int[] ClientCounts = [16, 64];
    private static readonly TimeSpan MinimumWarmUp = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan MaximumWarmUp = TimeSpan.FromSeconds(40);

    public async Task<bool> RunAsync(TextWriter report)
    {
        var directory = Path.Combine(Path.GetTempPath(), "pcibot-benchmarks", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            await using var issuer = await TokenIssuer.StartAsync();
            await using var connector = await FakeConnector.StartAsync();
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

            await using var bare = BareEndpoint.Build(0);
            await bare.StartAsync();
            var bareUrl = new Uri(BareEndpoint.AddressOf(bare), "api/messages");

            report.WriteLine($"messages: \"{text}\" to /api/messages, {duration.TotalSeconds:F0} s per run after a warm-up; machine: {Machine.Describe()}");
            var passed = true;
            var accepted = 0;
            foreach (var clients in ClientCounts)
            {
                (string, string?) Request(int client) => (Message(connector.ServiceUrl, client, text), token);

                var (warmUpRequests, warmedIn) = await WarmUpAsync(bot, clients, Request);
                accepted += warmUpRequests;
                await AnsweredAsync(connector, accepted);
                report.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  warm-up with {clients} clients: {warmedIn.TotalSeconds:F0} s, {warmUpRequests} requests, until fewer than {SettledMethodsPerSecond} methods a second were still being compiled ({JitInfo.GetCompiledMethodCount():N0} in all)"));
                var before = connector.Deliveries.Count;
                var started = Stopwatch.GetTimestamp();
                var figures = await LoadRun.RunAsync(bot, clients, duration, Request);
                accepted += figures.Requests - figures.Failures;
                await AnsweredAsync(connector, accepted);
                var answered = connector.Deliveries.Count - before;
                var answeredIn = Stopwatch.GetElapsedTime(started);

                await LoadRun.RunAsync(bareUrl, clients, TimeSpan.FromSeconds(2), Request);
                var baseline = await LoadRun.RunAsync(bareUrl, clients, duration, Request);

                var ratio = figures.PerSecond / baseline.PerSecond;
                var p99Met = clients != 16 || figures.P99Ms <= P99GoalMs;
                passed &= figures.Failures == 0 && ratio >= ThroughputGoal && p99Met;
                report.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {clients} clients"));
                report.WriteLine(Line("bot", figures));
                report.WriteLine(Line("bare", baseline));
                report.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    bot / bare throughput {ratio:F3} (goal >= {ThroughputGoal}){(clients == 16 ? $", p99 goal <= {P99GoalMs} ms: {(p99Met ? "met" : "not met")}" : "")}"));
                var answerBytes = Encoding.UTF8.GetByteCount(connector.Deliveries.Last().Call.Body?.ToJsonString() ?? "");
                report.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    answers posted to the fake connector {answered} in {answeredIn.TotalSeconds:F2} s ({answered / answeredIn.TotalSeconds:F1}/s, counted until the last one arrived), {answerBytes:N0} bytes of JSON each"));
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

    private static string Line(string name, Percentiles p) => string.Create(
        CultureInfo.InvariantCulture,
        $"    {name,-5} {p.Requests,7} requests  {p.PerSecond,8:F0}/s  p50 {p.P50Ms,6:F2} ms  p99 {p.P99Ms,6:F2} ms  max {p.MaxMs,7:F1} ms  failures {p.Failures}");

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
