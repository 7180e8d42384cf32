using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using PciBot.Audience;
using PciBot.Calendar;
using PciBot.Data;
using PciBot.Digests;
using PciBot.People;
using PciBot.Rollups;

namespace PciBot.Benchmarks;

/// <summary>
/// The dashboard's overview on the registry scaled as <see cref="QuestionsBenchmark"/> scales it (3,600 tasks over 100
/// units with a year of updates), as the Office sees it: the server time of <c>GET /tab/overview</c> on Kestrel, from the
/// request to the last byte of the page, against a baseline in the same run, the same session asking for a small file
/// the same host serves; and the rollup alone, the part of the page the status model computes.
/// </summary>
internal sealed class DashboardBenchmark(int scale, int iterations)
{
    public const double P99GoalMs = 50;

    private const string OfficeObjectId = "aad-bench-office";

    public async Task<(string Report, bool Passed)> RunAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "pcibot-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        await using var host = new BenchmarkHost(directory, new Dictionary<string, string?>());
        host.UseKestrel(0);
        host.StartServer();
        var today = new DateOnly(2024, 11, 20);
        host.Clock.SetUtcNow(VietnamTime.AtLocal(today, new TimeOnly(9, 0)));
        var (tasks, units, updates) = await new QuestionsBenchmark(scale, iterations).SeedAsync(host);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PciBotDbContext>();
            db.People.Add(new Person { AadObjectId = OfficeObjectId, Name = "Văn phòng", IsOfficeStaff = true });
            await db.SaveChangesAsync();
        }

        var address = new Uri(host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AutomaticDecompression = DecompressionMethods.GZip }) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        using (var signIn = await http.GetAsync(new Uri($"/tab/dev-signin?as={OfficeObjectId}&returnUrl=/tab/downloads", UriKind.Relative)))
        {
            signIn.EnsureSuccessStatusCode();
        }

        var quarter = ReportingPeriods.Containing(PeriodKind.Quarter, today);
        var overview = await GetTimesAsync(http, $"/tab/overview?quarter={quarter.Key}", "table-unit");
        var allocated = await AllocatedPerRequestAsync(http, $"/tab/overview?quarter={quarter.Key}");
        var baseline = await GetTimesAsync(http, "/tab/assets/dashboard.css", "--status");
        var rollup = await InProcessTimes.MeasureAsync(host, iterations, async (scope, ct) => await scope.ServiceProvider.GetRequiredService<RollupBuilder>().BuildAsync(quarter, RollupScope.Statuses, ct));
        var full = await InProcessTimes.MeasureAsync(host, iterations, async (scope, ct) => await scope.ServiceProvider.GetRequiredService<RollupBuilder>().BuildAsync(quarter, ct));
        Rollup built;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            built = (await scope.ServiceProvider.GetRequiredService<RollupBuilder>().BuildAsync(quarter, RollupScope.Statuses, CancellationToken.None))!;
        }

        var since = VietnamTime.AtLocal(quarter.Start, TimeOnly.MinValue);
        var digest = await InProcessTimes.MeasureAsync(host, iterations, async (scope, ct) => await scope.ServiceProvider.GetRequiredService<DigestBuilder>().BuildAsync(built, since, ct));
        var readiness = await InProcessTimes.MeasureAsync(host, iterations, async (scope, ct) => await scope.ServiceProvider.GetRequiredService<Readiness>().ReportAsync(ct));
        using var page = await http.GetAsync(new Uri($"/tab/overview?quarter={quarter.Key}", UriKind.Relative));
        var html = await page.Content.ReadAsByteArrayAsync();
        var files = await FilesWeightAsync(address, System.Text.Encoding.UTF8.GetString(html));

        var report = string.Create(CultureInfo.InvariantCulture, $"""
            dashboard: {tasks:N0} tasks, {units} units, {updates:N0} updates, {iterations} runs each; machine: {Machine.Describe()}
            GET /tab/overview as the Office (server time to the last byte): median {overview.Median:F2} ms, p99 {overview.P99:F2} ms (goal p99 <= {P99GoalMs} ms: {(overview.P99 <= P99GoalMs ? "met" : "not met")})
            of which the quarter's rollup, statuses only (in process):    median {rollup.Median:F2} ms, p99 {rollup.P99:F2} ms
                     the digest built from that rollup (in process):       median {digest.Median:F2} ms, p99 {digest.P99:F2} ms
                     of which the readiness of the units (in process):     median {readiness.Median:F2} ms, p99 {readiness.P99:F2} ms
            for reference, the full rollup of the Office's report (in process): median {full.Median:F2} ms, p99 {full.P99:F2} ms
            baseline, the same session asking the same host for dashboard.css: median {baseline.Median:F2} ms, p99 {baseline.P99:F2} ms
            ratio to baseline (median): {overview.Median / baseline.Median:F1}; the page is {html.Length / 1024.0:F0} KB of HTML; each request allocates {allocated / 1048576.0:F1} MiB (the process's total over 20 requests in a row, client included)
            first load: {(html.Length + files.Bytes) / 1024.0:F0} KB (the HTML uncompressed, plus {files.Count} files of {files.Bytes / 1024.0:F0} KB as sent, gzipped) (goal < 500 KB: {(html.Length + files.Bytes < 500 * 1024 ? "met" : "not met")})
            """);
        return (report, overview.P99 <= P99GoalMs);
    }

    /// <summary>
    /// Where the client reads each page: the client runs in the host's process, and a string or array of its own per page
    /// (each of them large enough for the large object heap) would make the host's collections the client's too.
    /// </summary>
    private readonly byte[] body = new byte[8 << 20];

    private async Task<(double Median, double P99)> GetTimesAsync(HttpClient http, string path, string expected)
    {
        var times = new List<double>();
        var marker = System.Text.Encoding.UTF8.GetBytes(expected);
        for (var i = 0; i < iterations + InProcessTimes.WarmUp; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await http.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
            var length = await ReadAsync(response);
            watch.Stop();
            if (!response.IsSuccessStatusCode || body.AsSpan(0, length).IndexOf(marker) < 0)
            {
                throw new InvalidOperationException($"{path} answered {(int)response.StatusCode} without {expected}");
            }

            if (i >= InProcessTimes.WarmUp)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        return InProcessTimes.MedianAndP99(times);
    }

    private async Task<int> ReadAsync(HttpResponseMessage response)
    {
        await using var stream = await response.Content.ReadAsStreamAsync();
        var length = 0;
        int read;
        while ((read = await stream.ReadAsync(body.AsMemory(length))) > 0)
        {
            length += read;
        }

        return length;
    }

    private async Task<double> AllocatedPerRequestAsync(HttpClient http, string path)
    {
        const int Requests = 20;
        var before = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < Requests; i++)
        {
            using var response = await http.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
            _ = await ReadAsync(response);
        }

        return (GC.GetTotalAllocatedBytes(precise: true) - before) / (double)Requests;
    }

    /// <summary>The page's own files (script, style, libraries) as a browser's first load receives them.</summary>
    private static async Task<(int Count, long Bytes)> FilesWeightAsync(Uri address, string html)
    {
        using var raw = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = address };
        raw.DefaultRequestHeaders.AcceptEncoding.ParseAdd("gzip");
        var paths = System.Text.RegularExpressions.Regex.Matches(html, "(?:src|href)=\"(/tab/assets/[^\"]+)\"").Select(m => m.Groups[1].Value.Replace("&amp;", "&", StringComparison.Ordinal)).Distinct().ToList();
        var bytes = 0L;
        foreach (var path in paths)
        {
            bytes += (await raw.GetByteArrayAsync(new Uri(path, UriKind.Relative))).Length;
        }

        return (paths.Count, bytes);
    }
}
