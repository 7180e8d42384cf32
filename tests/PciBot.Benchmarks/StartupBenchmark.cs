using System.Globalization;

namespace PciBot.Benchmarks;

/// <summary>
/// From process start to the first 200 on <c>/healthz</c>: the real bot on a new database (migrations and seeding), the
/// real bot again on that database, both as built and as published for production (ReadyToRun), and the bare Kestrel
/// program as the baseline, taken in turn <c>runs</c> times.
/// </summary>
internal sealed class StartupBenchmark(int runs, bool publish = true)
{
    public static readonly TimeSpan ExistingGoal = TimeSpan.FromSeconds(1.5);
    public static readonly TimeSpan NewGoal = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public async Task<bool> RunAsync(TextWriter report)
    {
        var scratch = Path.Combine(Path.GetTempPath(), "pcibot-benchmarks", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(scratch);
        try
        {
            var builds = new List<(string Name, string Assembly)> { ("build", BotProcess.Assembly) };
            if (publish)
            {
                builds.Add(("ReadyToRun publish", await ReadyToRunBuild.PublishAsync(Path.Combine(scratch, "publish"))));
            }

            var bare = new List<double>();
            var fresh = builds.Select(_ => new List<double>()).ToList();
            var again = builds.Select(_ => new List<double>()).ToList();
            var noEnvironment = new Dictionary<string, string>();
            for (var run = 0; run < runs; run++)
            {
                using (var process = BotProcess.StartBare())
                {
                    bare.Add((await process.WaitHealthyAsync(Timeout)).TotalMilliseconds);
                }

                for (var b = 0; b < builds.Count; b++)
                {
                    var directory = Path.Combine(scratch, $"run-{run}-{b}");
                    Directory.CreateDirectory(directory);
                    using (var process = BotProcess.Start(directory, builds[b].Assembly, noEnvironment))
                    {
                        fresh[b].Add((await process.WaitHealthyAsync(Timeout)).TotalMilliseconds);
                    }

                    using (var process = BotProcess.Start(directory, builds[b].Assembly, noEnvironment))
                    {
                        again[b].Add((await process.WaitHealthyAsync(Timeout)).TotalMilliseconds);
                    }

                    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                }
            }

            var c = CultureInfo.InvariantCulture;
            var bareMedian = Median(bare);
            report.WriteLine($"startup: process start to first 200 on /healthz, {runs} runs each, median (max); machine: {Machine.Describe()}");
            report.WriteLine(string.Create(c, $"  {"bare Kestrel (baseline)",-45}{bareMedian,6:F0} ms ({bare.Max(),6:F0} ms)"));
            var passed = true;
            for (var b = 0; b < builds.Count; b++)
            {
                var (newMet, existingMet) = (Median(fresh[b]) < NewGoal.TotalMilliseconds, Median(again[b]) < ExistingGoal.TotalMilliseconds);
                report.WriteLine(string.Create(c, $"  {$"bot ({builds[b].Name}), new database",-45}{Median(fresh[b]),6:F0} ms ({fresh[b].Max(),6:F0} ms)  {Median(fresh[b]) / bareMedian:F2}x baseline  (goal < {NewGoal.TotalMilliseconds:F0} ms: {(newMet ? "met" : "not met")})"));
                report.WriteLine(string.Create(c, $"  {$"bot ({builds[b].Name}), existing database",-45}{Median(again[b]),6:F0} ms ({again[b].Max(),6:F0} ms)  {Median(again[b]) / bareMedian:F2}x baseline  (goal < {ExistingGoal.TotalMilliseconds:F0} ms: {(existingMet ? "met" : "not met")})"));
                passed = newMet && existingMet;
            }

            if (publish)
            {
                report.WriteLine($"  (the goals are checked on the last line pair: the bot as published for production, {ReadyToRunBuild.Command})");
            }

            return passed;
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
