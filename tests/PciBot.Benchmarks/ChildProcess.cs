using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PciBot.Benchmarks;

/// <summary>A program started for a measurement, on a port of its own, and ended by its id.</summary>
internal sealed class ChildProcess : IDisposable
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(2) };
    private readonly Process process;
    private readonly long started;

    private ChildProcess(Process process, long started, int port)
    {
        this.process = process;
        this.started = started;
        Port = port;
    }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    public int Id => process.Id;

    /// <summary>The path of the benchmark program's own assembly, to start it again in another mode.</summary>
    public static string BenchmarkAssembly => typeof(ChildProcess).Assembly.Location;

    /// <summary>Starts <c>dotnet</c> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>; output goes to <paramref name="output"/>.</summary>
    public static ChildProcess Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, Action<string>? output, params string[] arguments)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument.Replace("{port}", port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value.Replace("{port}", port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        var started = Stopwatch.GetTimestamp();
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { output?.Invoke(e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { output?.Invoke(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ChildProcess(process, started, port);
    }

    /// <summary>Time from the start of the process until <c>GET /healthz</c> first answered 200.</summary>
    public async Task<TimeSpan> WaitHealthyAsync(TimeSpan timeout)
    {
        var healthz = new Uri(BaseAddress, "healthz");
        while (Stopwatch.GetElapsedTime(started) < timeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The process ended with {process.ExitCode} before it was healthy.");
            }

            try
            {
                using var response = await Http.GetAsync(healthz);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return Stopwatch.GetElapsedTime(started);
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(5);
        }

        throw new TimeoutException($"Not healthy within {timeout}.");
    }

    /// <summary>The most memory the process has held so far (VmHWM on Linux).</summary>
    public long PeakWorkingSet()
    {
        process.Refresh();
        return process.PeakWorkingSet64;
    }

    /// <summary>What is resident now (VmRSS) and of what: anonymous (heaps, native allocations), file-backed (the mapped assemblies and libraries) and shared memory (the runtime's double-mapped code).</summary>
    public (long Resident, long Anonymous, long Files, long Shared) WorkingSet()
    {
        var status = File.ReadAllLines($"/proc/{process.Id}/status");
        long Field(string name) => status.Where(l => l.StartsWith(name + ":", StringComparison.Ordinal))
            .Select(l => long.Parse(l[(name.Length + 1)..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024).FirstOrDefault();
        return (Field("VmRSS"), Field("RssAnon"), Field("RssFile"), Field("RssShmem"));
    }

    public TimeSpan Age => Stopwatch.GetElapsedTime(started);

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        return process.ExitCode;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }

        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
