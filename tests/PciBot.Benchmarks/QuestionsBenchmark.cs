using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PciBot.Calendar;
using PciBot.Chat;
using PciBot.Data;
using PciBot.Localization;
using PciBot.People;
using PciBot.Questions;
using PciBot.Registry;
using PciBot.Status;
using PciBot.Updates;

namespace PciBot.Benchmarks;

/// <summary>
/// "What's due this quarter" on a registry scaled 100×: 3,600 tasks over 100 units with a year of updates. Measures
/// the in-process answer (status model and card) against a baseline in the same run: reading the plan alone.
/// </summary>
internal sealed class QuestionsBenchmark(int scale, int iterations)
{
    public async Task<string> RunAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "pcibot-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        await using var host = new BenchmarkHost(directory, new Dictionary<string, string?>());
        host.Clock.SetUtcNow(VietnamTime.AtLocal(new DateOnly(2024, 11, 20), new TimeOnly(9, 0)));
        _ = host.Services;
        var (tasks, units, updates) = await SeedAsync(host);

        var baseline = await MeasureAsync(host, async (scope, ct) => await scope.ServiceProvider.GetRequiredService<PlanCatalog>().CurrentPlanAsync(ct));
        var board = await MeasureAsync(host, async (scope, ct) => await scope.ServiceProvider.GetRequiredService<StatusBoard>()
            .InPeriodAsync(ReportingPeriods.Containing(PeriodKind.Quarter, new DateOnly(2024, 11, 20)), StatusFilter.All, ct));
        var question = await MeasureAsync(host, async (scope, ct) =>
            (await scope.ServiceProvider.GetRequiredService<QuestionAnswers>()
                .AnswerAsync(new DueThisQuarterCommand(), "viec den han quy nay", "aad-bench", BotTexts.Vietnamese, 1, ct)).Card);

        return string.Create(CultureInfo.InvariantCulture, $"""
            questions: {tasks:N0} tasks, {units} units, {updates:N0} updates, {iterations} runs each
            what's due this quarter (in process): median {question.Median:F2} ms, p99 {question.P99:F2} ms (goal p99 < 20 ms: {(question.P99 < 20 ? "met" : "not met")})
            of which the status model alone:      median {board.Median:F2} ms, p99 {board.P99:F2} ms
            baseline, reading the plan alone:     median {baseline.Median:F2} ms, p99 {baseline.P99:F2} ms
            ratio to baseline (median): {question.Median / baseline.Median:F2}
            """);
    }

    private async Task<(double Median, double P99)> MeasureAsync(BenchmarkHost host, Func<AsyncServiceScope, CancellationToken, Task<object?>> run)
    {
        var times = new List<double>();
        for (var i = 0; i < iterations + 20; i++)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var watch = Stopwatch.StartNew();
            _ = await run(scope, CancellationToken.None);
            if (i >= 20)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        return (times[times.Count / 2], times[(int)Math.Ceiling(times.Count * 0.99) - 1]);
    }

    private async Task<(int Tasks, int Units, int Updates)> SeedAsync(BenchmarkHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PciBotDbContext>();
        var plan = await db.Plans.Include(p => p.Tasks).ThenInclude(t => t.Units).Include(p => p.Indices).SingleAsync();
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
