using System.Globalization;

namespace PciBot.Benchmarks;

/// <summary>
/// From process start to the first 200 on <c>/healthz</c>: the real bot on a new database (migrations and seeding), the
/// real bot again on that database, and the bare Kestrel program as the baseline, taken in turn <c>runs</c> times.
/// </summary>
internal sealed class StartupBenchmark(int runs)
{
    public static readonly TimeSpan Goal = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public async Task<bool> RunAsync(TextWriter report)
    {
        var bare = new List<double>();
        var fresh = new List<double>();
        var again = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            using (var process = BotProcess.StartBare())
            {
                bare.Add((await process.WaitHealthyAsync(Timeout)).TotalMilliseconds);
            }

            var directory = Path.Combine(Path.GetTempPath(), "pcibot-benchmarks", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(directory);
            try
            {
                using (var process = BotProcess.Start(directory))
                {
                    fresh.Add((await process.WaitHealthyAsync(Timeout)).TotalMilliseconds);
                }

                using (var process = BotProcess.Start(directory))
                {
                    again.Add((await process.WaitHealthyAsync(Timeout)).TotalMilliseconds);
                }
            }
            finally
            {
                Directory.Delete(directory, recursive: true);
            }
        }

        var c = CultureInfo.InvariantCulture;
        var bareMedian = Median(bare);
        report.WriteLine($"startup: process start to first 200 on /healthz, {runs} runs each, median (max); machine: {Machine.Describe()}");
        report.WriteLine(string.Create(c, $"  bare Kestrel (baseline)    {bareMedian,6:F0} ms ({bare.Max(),6:F0} ms)"));
        report.WriteLine(string.Create(c, $"  bot, new database          {Median(fresh),6:F0} ms ({fresh.Max(),6:F0} ms)  {Median(fresh) / bareMedian:F2}x baseline  (goal < {Goal.TotalMilliseconds:F0} ms)"));
        report.WriteLine(string.Create(c, $"  bot, existing database     {Median(again),6:F0} ms ({again.Max(),6:F0} ms)  {Median(again) / bareMedian:F2}x baseline  (goal < {Goal.TotalMilliseconds:F0} ms)"));
        return Median(fresh) < Goal.TotalMilliseconds && Median(again) < Goal.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
