using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PciBot.BotFramework.Authentication;
using PciBot.Calendar;
using PciBot.Data;
using PciBot.Localization;
using PciBot.People;
using PciBot.Questions;
using PciBot.Registry;
using PciBot.Status;
using PciBot.Testing;
using PciBot.Updates;

namespace PciBot.Benchmarks;

/// <summary>
/// "What's due this quarter" on a registry scaled 100×: 3,600 tasks over 100 units with a year of updates. Measures
/// the in-process answer (status model and card) against a baseline in the same run, reading the plan alone; and the
/// round trip through <c>/api/messages</c> on Kestrel with authentication on, from the request to the answer's arrival
/// at the fake connector, against the same request to a bare Kestrel endpoint.
/// </summary>
internal sealed class QuestionsBenchmark(int scale, int iterations)
{
    public const double P99GoalMs = 20;

    /// <summary>The report, and whether both p99 goals were met.</summary>
    public async Task<(string Report, bool Passed)> RunAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "pcibot-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        await using var issuer = await TokenIssuer.StartAsync();
        await using var connector = await FakeConnector.StartAsync();
        var settings = new Dictionary<string, string?>(issuer.BotSettings) { ["Dispatch:DefaultServiceUrl"] = connector.ServiceUrl };
        await using var host = new BenchmarkHost(directory, settings, services =>
        {
            services.RemoveAll<IBotTokenProvider>();
            services.AddSingleton<IBotTokenProvider>(new FixedBotToken());
        });
        host.UseKestrel(0);
        host.StartServer();
        host.Clock.SetUtcNow(VietnamTime.AtLocal(new DateOnly(2024, 11, 20), new TimeOnly(9, 0)));
        var (tasks, units, updates) = await SeedAsync(host);

        var baseline = await InProcessTimes.MeasureAsync(host, iterations, async (scope, ct) => await scope.ServiceProvider.GetRequiredService<PlanCatalog>().CurrentPlanAsync(ct));
        var board = await InProcessTimes.MeasureAsync(host, iterations, async (scope, ct) => await scope.ServiceProvider.GetRequiredService<StatusBoard>()
            .InPeriodAsync(ReportingPeriods.Containing(PeriodKind.Quarter, new DateOnly(2024, 11, 20)), StatusFilter.All, ct));
        var question = await InProcessTimes.MeasureAsync(host, iterations, async (scope, ct) =>
            (await scope.ServiceProvider.GetRequiredService<QuestionAnswers>()
                .AnswerAsync(DueInPeriodCommand.ThisQuarter, "viec den han quy nay", "aad-bench", BotTexts.Vietnamese, 1, ct)).Card);

        var bot = new Uri(new Uri(host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()), "api/messages");
        var body = MessagesBenchmark.Message(connector.ServiceUrl, 0);
        var token = issuer.CreateToken(connector.ServiceUrl, host.Clock.GetUtcNow());
        var roundTrip = await RoundTripsAsync(bot, body, token, answered: connector);
        await using var bare = BareEndpoint.Build(0);
        await bare.StartAsync();
        var bareTrip = await RoundTripsAsync(new Uri(BareEndpoint.AddressOf(bare), "api/messages"), body, token, answered: null);

        var report = string.Create(CultureInfo.InvariantCulture, $"""
            questions: {tasks:N0} tasks, {units} units, {updates:N0} updates, {iterations} runs each; machine: {Machine.Describe()}
            what's due this quarter (in process): median {question.Median:F2} ms, p99 {question.P99:F2} ms (goal p99 < {P99GoalMs} ms: {Met(question.P99)})
            of which the status model alone:      median {board.Median:F2} ms, p99 {board.P99:F2} ms
            baseline, reading the plan alone:     median {baseline.Median:F2} ms, p99 {baseline.P99:F2} ms
            ratio to baseline (median): {question.Median / baseline.Median:F2}
            round trip through /api/messages (token checked, answer arrived at the connector): median {roundTrip.Median:F2} ms, p99 {roundTrip.P99:F2} ms (goal p99 < {P99GoalMs} ms: {Met(roundTrip.P99)})
            baseline, the same request to a bare Kestrel endpoint: median {bareTrip.Median:F2} ms, p99 {bareTrip.P99:F2} ms
            """);
        return (report, question.P99 < P99GoalMs && roundTrip.P99 < P99GoalMs);
    }

    private static string Met(double p99) => p99 < P99GoalMs ? "met" : "not met";

    /// <summary>
    /// One client posting the question and, for the bot, waiting until its answer has reached the connector before
    /// the next; a request that is not accepted stops the run.
    /// </summary>
    private async Task<(double Median, double P99)> RoundTripsAsync(Uri url, string body, string token, FakeConnector? answered)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var times = new List<double>();
        for (var i = 0; i < iterations + InProcessTimes.WarmUp; i++)
        {
            var bytes = Encoding.UTF8.GetBytes(body.Replace(LoadRun.Sequence, i.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
            using var message = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(bytes) };
            message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var calls = answered?.Calls.Count ?? 0;
            var watch = Stopwatch.StartNew();
            using var response = await http.SendAsync(message);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"{url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }

            if (answered is not null)
            {
                await answered.WaitForCallsAsync(calls + 1);
            }

            if (i >= InProcessTimes.WarmUp)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        return InProcessTimes.MedianAndP99(times);
    }

    /// <summary>Scales the registry: the dashboard benchmark seeds the same way.</summary>
    internal async Task<(int Tasks, int Units, int Updates)> SeedAsync(BenchmarkHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PciBotDbContext>();
        var plan = await db.Plans.Include(p => p.Tasks).ThenInclude(t => t.Units).Include(p => p.Indices).AsSplitQuery().SingleAsync();
        var template = plan.Tasks.OrderBy(t => t.Family).ThenBy(t => t.Number).ToList();
        var units = Enumerable.Range(1, scale).Select(i => new Unit
        {
            Code = string.Create(CultureInfo.InvariantCulture, $"BENCH{i:000}"),
            Name = string.Create(CultureInfo.InvariantCulture, $"Đơn vị {i:000}"),
            FullName = string.Create(CultureInfo.InvariantCulture, $"Đơn vị thử {i:000}"),
            Internal = true,
        }).ToList();
        db.Units.AddRange(units);
        var person = new Person { AadObjectId = "aad-bench", Name = "Bench", Memberships = [new UnitMembership { Unit = units[0], Role = MembershipRole.Head }] };
        db.People.Add(person);
        await db.SaveChangesAsync();

        // 36 tasks per unit: the seed's cadences repeated, numbered on after the seed's own.
        var next = template.Where(t => t.Family == IndexFamily.Pci).Max(t => t.Number);
        var added = new List<PlanTask>();
        for (var i = 0; i < (scale * 36) - template.Count; i++)
        {
            var source = template[i % template.Count];
            var task = new PlanTask
            {
                PlanId = plan.Id,
                Family = IndexFamily.Pci,
                Number = ++next,
                IndexId = source.IndexId,
                Text = source.Text,
                Timeline = source.Timeline,
                Cadence = source.Cadence,
                Deadline = source.Deadline,
                PeriodFrom = source.PeriodFrom,
                PeriodTo = source.PeriodTo,
                Condition = source.Condition,
                Units = [new TaskUnit { UnitId = units[i % scale].Id, Role = TaskUnitRole.Lead }, new TaskUnit { UnitId = units[(i + 1) % scale].Id, Role = TaskUnitRole.Coordinating, Order = 1 }],
            };
            added.Add(task);
        }

        db.Tasks.AddRange(added);
        await db.SaveChangesAsync();

        // A year of updates: every line of every past period since December 2023, two updates each.
        var today = new DateOnly(2024, 11, 20);
        var rows = 0;
        foreach (var task in added)
        {
            var unitId = task.Units[0].UnitId;
            foreach (var key in PastKeys(task, today))
            {
                for (var sequence = 1; sequence <= 2; sequence++)
                {
                    db.ProgressUpdates.Add(new ProgressUpdate
                    {
                        TaskId = task.Id, UnitId = unitId, PeriodKey = key, Sequence = sequence, PersonId = person.Id,
                        Status = sequence == 2 && task.Id % 3 == 0 ? ProgressStatus.Done : ProgressStatus.InProgress,
                        SubmittedAt = VietnamTime.AtLocal(today.AddDays(-sequence), new TimeOnly(9, 0)),
                        Fingerprint = string.Create(CultureInfo.InvariantCulture, $"{task.Id}-{key}-{sequence}"),
                    });
                    rows++;
                }
            }
        }

        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        return (template.Count + added.Count, scale, rows);
    }

    private static IEnumerable<string> PastKeys(PlanTask task, DateOnly today)
    {
        if (task.Cadence == Cadence.Deadline && task.Deadline is { } deadline)
        {
            yield return TaskPeriods.DeadlineKey(deadline);
            yield break;
        }

        var kind = TaskPeriods.KindOf(task.Cadence);
        for (var period = ReportingPeriods.Containing(kind, new DateOnly(2023, 12, 1)); period.Start <= today; period = ReportingPeriods.Next(period))
        {
            yield return period.Key;
        }
    }
}
