using System.Diagnostics;
using System.Net;
using System.Text;
using PciBot.Testing;

namespace PciBot.Benchmarks;

/// <summary>
/// The baseline: the same number of posts straight to a fake connector with the same limits, paced at the same rate
/// by the simplest client that can, with no database and no card to render.
/// </summary>
internal static class PlainPosts
{
    public static async Task<RunFigures> RunAsync(int count, int perSecond, int parallelism, string body)
    {
        await using var connector = await FakeConnector.StartAsync(new FakeConnectorOptions { GlobalPerSecond = perSecond, EnforceConversationLimits = true });
        using var http = new HttpClient();
        var spacing = TimeSpan.FromTicks(TimeSpan.TicksPerSecond / perSecond);
        var gate = new Lock();
        var clock = TimeProvider.System;
        var next = clock.GetUtcNow();
        var throttled = 0;
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (i, ct) =>
        {
            DateTimeOffset slot;
            lock (gate)
            {
                slot = next > clock.GetUtcNow() ? next : clock.GetUtcNow();
                next = slot + spacing;
            }

            TimeSpan wait;
            while ((wait = slot - clock.GetUtcNow()) > TimeSpan.Zero)
            {
                await Task.Delay(wait, ct);
            }

            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            using var response = await http.PostAsync(new Uri($"{connector.ServiceUrl}v3/conversations/a%3Abaseline-{i}/activities"), content, ct);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Interlocked.Increment(ref throttled);
            }
        });

        return new RunFigures(connector.Deliveries.Count, Stopwatch.GetElapsedTime(started), throttled) { Cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore };
    }
}
