using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using PciBot.Testing;

namespace PciBot.Benchmarks;

/// <summary>
/// A mixed load for <c>minutes</c> minutes against the bot in a process of its own (<see cref="SoakWorkload"/>): 16
/// clients asking "việc đến hạn quý này", 16 submitting progress updates on cards (invokes with tokens), a
/// 10,000-reminder fan-out every five minutes, and the connector stand-in restarted every five minutes, offset by
/// half. Reports the bot's working set at the start and the end, the p99 of answers and submits per window, errors,
/// and whether every reminder, answer and update arrived once.
/// </summary>
internal sealed class SoakBenchmark(int minutes, bool peak = false, bool oneTransaction = false)
{
    public const double SubmitP99GoalMs = 50;
    public const double QuestionP99GoalMs = 30;
    public const double FanOutGoal = 0.9;
    public const int AllowedPerSecond = 50;

    private const int Clients = 16;
    private const double GrowthGoal = 0.10;
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan RestartEvery = TimeSpan.FromMinutes(5);

    private readonly List<(double At, double Ms)> asked = [];
    private readonly List<(double At, double Ms)> submitted = [];
    private readonly List<Delivery> delivered = [];
    private static readonly string[] OnceArguments = ["once"];
    private static readonly string[] OneTransactionArguments = ["one-transaction"];
    private long stopAt;
    private int askFailures;
    private int submitFailures;

    public async Task<bool> RunAsync(TextWriter report)
    {
        report.WriteLine(peak
            ? $"peak: the busiest five minutes, a {SoakWorkload.Recipients:N0}-reminder fan-out at {AllowedPerSecond}/s while {Clients} clients ask and {Clients} submit; machine: {Machine.Describe()}"
            : $"soak: {minutes} min; machine: {Machine.Describe()}");
        await using var issuer = await TokenIssuer.StartAsync();
        var connector = await FakeConnector.StartAsync(new FakeConnectorOptions { KeepBodies = false });
        var port = new Uri(connector.ServiceUrl).Port;
        var stopFile = Path.Combine(Path.GetTempPath(), $"pcibot-soak-stop-{Guid.NewGuid():N}");
        var lines = new List<string>();
        var gate = new Lock();
        using var child = ChildProcess.Start(
            RepositoryRoot.Path,
            new Dictionary<string, string>(),
            line => { lock (gate) { lines.Add(line); } },
            [ChildProcess.BenchmarkAssembly, "soak-run", connector.ServiceUrl, "{port}", issuer.MetadataUrl, stopFile, .. (peak ? OnceArguments : []), .. (oneTransaction ? OneTransactionArguments : [])]);
        var ready = await WaitForLineAsync(lines, gate, "soak-ready", TimeSpan.FromMinutes(3));
        var task19 = int.Parse(ready.Split(' ')[1], CultureInfo.InvariantCulture);
        var unit = int.Parse(ready.Split(' ')[2], CultureInfo.InvariantCulture);
        var bot = new Uri(child.BaseAddress, "api/messages");
        var token = issuer.CreateToken(connector.ServiceUrl, SoakWorkload.Now);

        var started = Stopwatch.GetTimestamp();
        var end = started + (long)(TimeSpan.FromMinutes(peak ? 15 : minutes).TotalSeconds * Stopwatch.Frequency);
        Volatile.Write(ref stopAt, end);
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 2 * Clients, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        var load = Enumerable.Range(0, Clients).Select(c => AskAsync(http, bot, token, connector.ServiceUrl, c, started))
            .Concat(Enumerable.Range(0, Clients).Select(c => SubmitAsync(http, bot, token, connector.ServiceUrl, c, task19, unit, started)))
            .ToList();

        var restarts = 0;
        var (fanOutFrom, fanOutTo) = (0.0, 0.0);
        if (peak)
        {
            await WaitForLineAsync(lines, gate, "fanout-start", TimeSpan.FromMinutes(2));
            fanOutFrom = Stopwatch.GetElapsedTime(started).TotalSeconds;
            await WaitForLineAsync(lines, gate, "fanout-drained", TimeSpan.FromMinutes(10));
            fanOutTo = Stopwatch.GetElapsedTime(started).TotalSeconds;
            end = Stopwatch.GetTimestamp();
            Volatile.Write(ref stopAt, end);
        }

        while (Stopwatch.GetTimestamp() < end)
        {
            var next = started + (long)(((RestartEvery * restarts) + (RestartEvery / 2)).TotalSeconds * Stopwatch.Frequency);
            if (Stopwatch.GetTimestamp() >= next && next < end)
            {
                // Counted once it has stopped: posts in flight are still served while it stops.
                await connector.DisposeAsync();
                lock (delivered)
                {
                    delivered.AddRange(connector.Deliveries);
                }

                await Task.Delay(TimeSpan.FromSeconds(3));
                connector = await FakeConnector.StartAsync(new FakeConnectorOptions { KeepBodies = false, Port = port });
                restarts++;
            }

            await Task.Delay(500);
        }

        await Task.WhenAll(load);
        await File.WriteAllTextAsync(stopFile, "stop");
        await WaitForLineAsync(lines, gate, "soak-done", TimeSpan.FromMinutes(8));
        await child.WaitForExitAsync(TimeSpan.FromMinutes(1));
        await Task.Delay(TimeSpan.FromSeconds(2));
        delivered.AddRange(connector.Deliveries);
        await connector.DisposeAsync();
        File.Delete(stopFile);

        List<string> output;
        lock (gate)
        {
            output = [.. lines];
        }

        return peak ? PeakReport(report, output, fanOutFrom, fanOutTo) : Report(report, output, restarts);
    }

    private bool PeakReport(TextWriter report, List<string> output, double from, double to)
    {
        var c = CultureInfo.InvariantCulture;
        var done = output.Last(l => l.StartsWith("soak-done ", StringComparison.Ordinal)).Split(' ').Skip(1).Select(v => int.Parse(v, c)).ToArray();
        var (rows, sent, unconfirmed, failed, pending, updates) = (done[1], done[2], done[3], done[4], done[5], done[6]);
        var queuedMs = double.Parse(output.Last(l => l.StartsWith("fanout-queued ", StringComparison.Ordinal)).Split(' ')[1], c);
        var drained = double.Parse(output.Last(l => l.StartsWith("fanout-drained ", StringComparison.Ordinal)).Split(' ')[1], c);
        var q = Percentiles.Of(asked.Where(a => a.At >= from && a.At < to).Select(a => a.Ms).ToList(), 0, TimeSpan.FromSeconds(to - from));
        var s = Percentiles.Of(submitted.Where(a => a.At >= from && a.At < to).Select(a => a.Ms).ToList(), 0, TimeSpan.FromSeconds(to - from));
        var rate = rows / drained;
        var ratio = rate / AllowedPerSecond;
        var reminders = delivered.Where(d => d.ConversationId.StartsWith("a:soak-recipient-", StringComparison.Ordinal)).GroupBy(d => d.ConversationId).ToList();
        var duplicates = reminders.Count(g => g.Count() > 1);
        var lost = submitted.Count - updates;
        var toAskers = delivered.Count(d => d.ConversationId.StartsWith("a:soak-asker-", StringComparison.Ordinal));
        var (submitMet, questionMet, fanOutMet) = (s.P99Ms <= SubmitP99GoalMs, q.P99Ms <= QuestionP99GoalMs, ratio >= FanOutGoal);
        report.WriteLine(string.Create(c, $"  fan-out: {rows:N0} rows queued {(oneTransaction ? "in one transaction" : "as the reminder planner does, 200 to a transaction,")} in {queuedMs:F0} ms, drained in {drained:F1} s: {rate:F1}/s, {ratio:F3} of the allowed {AllowedPerSecond}/s (goal >= {FanOutGoal}: {(fanOutMet ? "met" : "not met")}); {sent} sent, {unconfirmed} unconfirmed, {failed} failed, {pending} pending; {reminders.Sum(g => g.Count())} delivered, {duplicates} duplicates"));
        report.WriteLine(string.Create(c, $"  during the fan-out ({to - from:F0} s): submits {s.Requests}, p50 {s.P50Ms:F1} ms, p99 {s.P99Ms:F1} ms, max {s.MaxMs:F0} ms (goal p99 <= {SubmitP99GoalMs} ms: {(submitMet ? "met" : "not met")})"));
        report.WriteLine(string.Create(c, $"  during the fan-out: questions {q.Requests}, p50 {q.P50Ms:F1} ms, p99 {q.P99Ms:F1} ms, max {q.MaxMs:F0} ms (goal p99 <= {QuestionP99GoalMs} ms: {(questionMet ? "met" : "not met")})"));
        report.WriteLine(string.Create(c, $"  whole run: {askFailures} questions and {submitFailures} submits failed; {asked.Count} questions acknowledged, {toAskers} answered; {submitted.Count} submits saved, {updates} updates stored ({lost} lost)"));
        report.WriteLine("  summary:");
        report.WriteLine(string.Create(c, $"  | submit p99 {s.P99Ms:F1} ms (<= {SubmitP99GoalMs}), question p99 {q.P99Ms:F1} ms (<= {QuestionP99GoalMs}), fan-out {ratio:F3} of the allowed rate (>= {FanOutGoal}), {duplicates} duplicates, {lost} lost updates"));
        var passed = submitMet && questionMet && fanOutMet && duplicates == 0 && lost == 0 && askFailures == 0 && submitFailures == 0 && pending == 0;
        report.WriteLine(passed ? "  all goals met" : "  NOT all goals met");
        return passed;
    }

    private bool Report(TextWriter report, List<string> output, int restarts)
    {
        var c = CultureInfo.InvariantCulture;
        var samples = output.Where(l => l.StartsWith("soak-ws ", StringComparison.Ordinal)).Select(l => l.Split(' ')).Select(p => (At: double.Parse(p[1], c), Bytes: long.Parse(p[2], c))).ToList();
        var done = output.Last(l => l.StartsWith("soak-done ", StringComparison.Ordinal)).Split(' ').Skip(1).Select(v => int.Parse(v, c)).ToArray();
        var (rounds, rows, sent, unconfirmed, failed, pending, updates) = (done[0], done[1], done[2], done[3], done[4], done[5], done[6]);

        // The start is the first sample after the first minute: the seeding and the first fan-out's start are behind it.
        var start = samples.First(s => s.At >= 60);
        var last = samples[^1];
        var growth = (double)(last.Bytes - start.Bytes) / start.Bytes;
        report.WriteLine(string.Create(c, $"  working set: {start.Bytes / 1048576.0:F0} MiB at {start.At:F0} s, {last.Bytes / 1048576.0:F0} MiB at the end ({last.At:F0} s): growth {growth:P1} (goal < {GrowthGoal:P0}); peak sample {samples.Max(s => s.Bytes) / 1048576.0:F0} MiB"));
        report.WriteLine("  window     questions  p50 ms  p99 ms    submits  p50 ms  p99 ms");
        var lastAt = asked.Concat(submitted).Select(a => a.At).DefaultIfEmpty(0).Max();
        var windows = Math.Max(1, (int)Math.Ceiling(lastAt / Window.TotalSeconds));
        for (var w = 0; w < windows; w++)
        {
            var (from, to) = (w * Window.TotalSeconds, (w + 1) * Window.TotalSeconds);
            var q = Percentiles.Of(asked.Where(a => a.At >= from && a.At < to).Select(a => a.Ms).ToList(), 0, Window);
            var s = Percentiles.Of(submitted.Where(a => a.At >= from && a.At < to).Select(a => a.Ms).ToList(), 0, Window);
            report.WriteLine(string.Create(c, $"  {from / 60,3:F0}-{to / 60,3:F0} min {q.Requests,9} {q.P50Ms,7:F1} {q.P99Ms,7:F1} {s.Requests,10} {s.P50Ms,7:F1} {s.P99Ms,7:F1}"));
        }

        var toAskers = delivered.Count(d => d.ConversationId.StartsWith("a:soak-asker-", StringComparison.Ordinal));
        var reminders = delivered.Where(d => d.ConversationId.StartsWith("a:soak-recipient-", StringComparison.Ordinal)).GroupBy(d => d.ConversationId).ToList();
        var duplicates = reminders.Count(g => g.Count() > rounds);
        var reminderDeliveries = reminders.Sum(g => g.Count());
        report.WriteLine(string.Create(c, $"  errors: {askFailures} questions and {submitFailures} submits failed; connector restarts: {restarts}"));
        report.WriteLine(string.Create(c, $"  questions: {asked.Count} acknowledged, {toAskers} answered"));
        report.WriteLine(string.Create(c, $"  submits: {submitted.Count} answered with a saved card, {updates} updates stored"));
        report.WriteLine(string.Create(c, $"  reminders: {rounds} fan-outs, {rows} rows: {sent} sent, {unconfirmed} unconfirmed, {failed} failed, {pending} pending; {reminderDeliveries} delivered, {duplicates} recipients with more cards than fan-outs"));
        var passed = growth < GrowthGoal && askFailures == 0 && submitFailures == 0 && toAskers == asked.Count && updates == submitted.Count
            && pending == 0 && failed == 0 && duplicates == 0 && reminderDeliveries == sent;
        report.WriteLine(passed ? "  all goals met" : "  NOT all goals met");
        return passed;
    }

    private async Task AskAsync(HttpClient http, Uri bot, string token, string serviceUrl, int client, long started)
    {
        var (teamsId, aad, conversation) = SoakWorkload.Person("asker", client);
        for (var n = 0; Stopwatch.GetTimestamp() < Volatile.Read(ref stopAt); n++)
        {
            var activity = new JsonObject
            {
                ["type"] = "message",
                ["id"] = $"soak-{client}-{n}",
                ["serviceUrl"] = serviceUrl,
                ["channelId"] = "msteams",
                ["from"] = new JsonObject { ["id"] = teamsId, ["name"] = $"Người hỏi {client}", ["aadObjectId"] = aad },
                ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = TokenIssuer.TenantId, ["id"] = conversation },
                ["recipient"] = new JsonObject { ["id"] = $"28:{TokenIssuer.AppId}", ["name"] = "PciBot" },
                ["text"] = "việc đến hạn quý này",
                ["locale"] = "vi-VN",
                ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TokenIssuer.TenantId } },
            };
            var (ok, ms) = await PostAsync(http, bot, token, activity, expectCard: false);
            lock (asked)
            {
                if (ok)
                {
                    asked.Add((Stopwatch.GetElapsedTime(started).TotalSeconds, ms));
                }
                else
                {
                    askFailures++;
                }
            }

            // A person reads the answer before asking again: about two questions a second per client.
            await Task.Delay(500);
        }
    }

    private async Task SubmitAsync(HttpClient http, Uri bot, string token, string serviceUrl, int client, int task19, int unit, long started)
    {
        var (teamsId, aad, conversation) = SoakWorkload.Person("submitter", client);
        for (var n = 0; Stopwatch.GetTimestamp() < Volatile.Read(ref stopAt); n++)
        {
            var data = new JsonObject
            {
                ["verb"] = "progress.submit", ["taskId"] = task19, ["unitId"] = unit, ["periodKey"] = "2023-M12", ["cardId"] = $"soak{client}",
                ["status"] = "InProgress", ["percent"] = ((n % 90) + 5).ToString(CultureInfo.InvariantCulture),
                ["result"] = $"Đã đăng {n} tin bài (người {client})", ["obstacles"] = "", ["evidence"] = "",
            };
            var activity = new JsonObject
            {
                ["type"] = "invoke",
                ["name"] = "adaptiveCard/action",
                ["id"] = $"soak-invoke-{client}-{n}",
                ["serviceUrl"] = serviceUrl,
                ["channelId"] = "msteams",
                ["from"] = new JsonObject { ["id"] = teamsId, ["name"] = $"Cán bộ {client}", ["aadObjectId"] = aad },
                ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = TokenIssuer.TenantId, ["id"] = conversation },
                ["recipient"] = new JsonObject { ["id"] = $"28:{TokenIssuer.AppId}", ["name"] = "PciBot" },
                ["replyToId"] = $"card-{client}",
                ["locale"] = "vi-VN",
                ["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "progress.submit", ["data"] = data }, ["trigger"] = "manual" },
                ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TokenIssuer.TenantId } },
            };
            var (ok, ms) = await PostAsync(http, bot, token, activity, expectCard: true);
            lock (submitted)
            {
                if (ok)
                {
                    submitted.Add((Stopwatch.GetElapsedTime(started).TotalSeconds, ms));
                }
                else
                {
                    submitFailures++;
                }
            }

            await Task.Delay(1000);
        }
    }

    private static async Task<(bool Ok, double Ms)> PostAsync(HttpClient http, Uri bot, string token, JsonObject activity, bool expectCard)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, bot) { Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json") };
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var sent = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.SendAsync(message);
            var body = await response.Content.ReadAsStringAsync();
            var ms = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
            var ok = response.IsSuccessStatusCode && (!expectCard || body.Contains("\"statusCode\":200", StringComparison.Ordinal));
            return (ok, ms);
        }
        catch (HttpRequestException)
        {
            return (false, 0);
        }
        catch (TaskCanceledException)
        {
            return (false, 0);
        }
    }

    private static async Task<string> WaitForLineAsync(List<string> lines, Lock gate, string prefix, TimeSpan timeout)
    {
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < timeout)
        {
            lock (gate)
            {
                if (lines.LastOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal)) is { } line)
                {
                    return line;
                }
            }

            await Task.Delay(200);
        }

        lock (gate)
        {
            throw new TimeoutException($"No \"{prefix}\" line in {timeout}: {string.Join('\n', lines.TakeLast(30))}");
        }
    }
}
