using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

namespace PciBot.Benchmarks;

/// <summary>
/// <c>clients</c> loops posting to one URL for a fixed time, each waiting for its answer before the next request, on
/// one pooled <see cref="HttpClient"/> with a connection per client.
/// </summary>
internal static class LoadRun
{
    /// <summary>Replaced in a request's body by a number no other request of the process had, as Teams gives each activity its own id.</summary>
    public const string Sequence = "{sequence}";

    private static long sequence;

    /// <summary>Posts for <paramref name="duration"/>; <paramref name="request"/> gives each client's body and token.</summary>
    public static async Task<Percentiles> RunAsync(Uri url, int clients, TimeSpan duration, Func<int, (string Body, string? Token)> request)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        var latencies = new List<double>[clients];
        var failures = 0;
        var started = Stopwatch.GetTimestamp();
        var end = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async client =>
        {
            var mine = latencies[client] = new List<double>(4096);
            var (body, token) = request(client);
            var numbered = body.Contains(Sequence, StringComparison.Ordinal);
            var bytes = Encoding.UTF8.GetBytes(body);
            while (Stopwatch.GetTimestamp() < end)
            {
                if (numbered)
                {
                    bytes = Encoding.UTF8.GetBytes(body.Replace(Sequence, Interlocked.Increment(ref sequence).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
                }

                using var message = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(bytes) };
                message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                if (token is not null)
                {
                    message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                }

                var sent = Stopwatch.GetTimestamp();
                using var response = await http.SendAsync(message);
                await response.Content.LoadIntoBufferAsync();
                mine.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }));
        var elapsed = Stopwatch.GetElapsedTime(started);
        return Percentiles.Of([.. latencies.SelectMany(l => l)], failures, elapsed);
    }
}
