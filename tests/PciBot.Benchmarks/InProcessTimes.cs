using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace PciBot.Benchmarks;

/// <summary>
/// Times a piece of the bot in the benchmark's own process: each run in a service scope of its own, as a request has,
/// after <see cref="WarmUp"/> runs that are not counted (the HTTP loops of the same modes warm up as long).
/// </summary>
internal static class InProcessTimes
{
    public const int WarmUp = 20;

    public static async Task<(double Median, double P99)> MeasureAsync(BenchmarkHost host, int runs, Func<AsyncServiceScope, CancellationToken, Task<object?>> run)
    {
        var times = new List<double>();
        for (var i = 0; i < runs + WarmUp; i++)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var watch = Stopwatch.StartNew();
            _ = await run(scope, CancellationToken.None);
            if (i >= WarmUp)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        return MedianAndP99(times);
    }

    /// <summary>The upper middle time and the 99th percentile, as the questions and dashboard modes have always reported them.</summary>
    public static (double Median, double P99) MedianAndP99(List<double> times)
    {
        times.Sort();
        return (times[times.Count / 2], times[(int)Math.Ceiling(times.Count * 0.99) - 1]);
    }
}
