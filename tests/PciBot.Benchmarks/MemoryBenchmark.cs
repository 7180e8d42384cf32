using System.Globalization;
using PciBot.Testing;

namespace PciBot.Benchmarks;

/// <summary>
/// The bot at rest (healthy, 30 s after start) as built and as published, with the garbage collector settings .NET
/// offers, side by side with the bare Kestrel program; then the peak working set of the bot's own process after sending
/// <c>reminders</c> reminders with the registry scaled <c>scale</c> times (the <c>memory-run</c> mode, in a child
/// process with <c>environment</c> added; the fake connector stays in this one).
/// </summary>
internal sealed class MemoryBenchmark(int reminders, int scale, IReadOnlyDictionary<string, string> environment)
{
    public const long RestGoalBytes = 100L * 1024 * 1024;
    public const long GoalBytes = 200L * 1024 * 1024;
    private static readonly TimeSpan AtRest = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(5);

    public async Task<bool> RunAsync(TextWriter report)
    {
        var scratch = Path.Combine(Path.GetTempPath(), "pcibot-benchmarks", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(scratch);
        var c = CultureInfo.InvariantCulture;
        report.WriteLine($"memory: working set (VmRSS) of each process, at rest 30 s after start; machine: {Machine.Describe()}");
        bool restMet;
        try
        {
            var published = await ReadyToRunBuild.PublishAsync(Path.Combine(scratch, "publish"));
            var workstation = new Dictionary<string, string> { ["DOTNET_gcServer"] = "0" };
            var variants = new List<(string Name, string? Assembly, Dictionary<string, string> Environment)>
            {
                ("bare Kestrel process (baseline)", null, []),
                ("bot as built, Server GC (default, DATAS)", BotProcess.Assembly, []),
                ("bot as built, Workstation GC", BotProcess.Assembly, workstation),
                ("bot as built, Workstation non-concurrent", BotProcess.Assembly, new() { ["DOTNET_gcServer"] = "0", ["DOTNET_gcConcurrent"] = "0" }),
                ("bot as built, Server GC, ConserveMemory=7", BotProcess.Assembly, new() { ["DOTNET_GCConserveMemory"] = "7" }),
                ("bot as built, Server GC, TieredCompilation=0", BotProcess.Assembly, new() { ["DOTNET_TieredCompilation"] = "0" }),
                ("bot published (ReadyToRun), Server GC", published, []),
                ("bot published (ReadyToRun), Workstation GC", published, workstation),
            };
            long bare = 0;
            long best = long.MaxValue;
            foreach (var (name, assembly, extra) in variants)
            {
                var directory = Path.Combine(scratch, Guid.NewGuid().ToString("N"));
                Directory.CreateDirectory(directory);
                using (var process = assembly is null ? BotProcess.StartBare() : BotProcess.Start(directory, assembly, extra))
                {
                    var healthy = await process.WaitHealthyAsync(TimeSpan.FromSeconds(90));
                    var wait = AtRest - process.Age;
                    await Task.Delay(wait > Settle ? wait : Settle);
                    var (resident, anonymous, files, shared) = process.WorkingSet();
                    bare = assembly is null ? resident : bare;
                    best = assembly is null ? best : Math.Min(best, resident);
                    report.WriteLine(string.Create(c, $"  {name,-46} {Machine.MiB(resident),8}  {(double)resident / bare:F2}x baseline  (anonymous {Machine.MiB(anonymous)}, files {Machine.MiB(files)}, shared {Machine.MiB(shared)}; healthy in {healthy.TotalSeconds:F1} s, measured at {process.Age.TotalSeconds:F0} s)"));
                }

                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            }

            restMet = best < RestGoalBytes;
            report.WriteLine($"  at rest, lowest of the bot's variants {Machine.MiB(best)} (goal < {Machine.MiB(RestGoalBytes)}: {(restMet ? "met" : "not met")})");
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }

        await using var connector = await FakeConnector.StartAsync(new FakeConnectorOptions { KeepBodies = false });
        var lines = new List<string>();
        var gate = new Lock();
        using var child = ChildProcess.Start(
            RepositoryRoot.Path,
            environment,
            line => { lock (gate) { lines.Add(line); } },
            ChildProcess.BenchmarkAssembly,
            "memory-run",
            connector.ServiceUrl,
            reminders.ToString(CultureInfo.InvariantCulture),
            scale.ToString(CultureInfo.InvariantCulture));
        var exit = await child.WaitForExitAsync(TimeSpan.FromMinutes(20));
        MemoryFigures? figures;
        lock (gate)
        {
            figures = lines.Select(MemoryWorkload.Parse).LastOrDefault(f => f is not null);
            if (exit != 0 || figures is null)
            {
                throw new InvalidOperationException($"memory-run ended with {exit}: {string.Join('\n', lines.TakeLast(30))}");
            }
        }

        var (afterStart, peak, sent, tasks, seconds, afterSeeding, sending) = figures;
        var duplicates = connector.Deliveries.GroupBy(d => d.ConversationId).Sum(g => g.Count() - 1);
        var settings = environment.Count == 0 ? "the benchmark program's own settings (Workstation GC)" : string.Join(' ', environment.Select(e => $"{e.Key}={e.Value}"));
        report.WriteLine($"  memory-run with {settings}: peak working set (VmHWM) of the bot's process");
        report.WriteLine($"  bot host started, before seeding         {Machine.MiB(afterStart),8}");
        report.WriteLine($"  bot after seeding {tasks} tasks and {reminders} people and reminders  {Machine.MiB(afterSeeding),8}");
        if (sending >= 0)
        {
            report.WriteLine(string.Create(c, $"  bot while sending the reminders only (mark reset after seeding)  {Machine.MiB(sending),8}"));
        }

        report.WriteLine(string.Create(c, $"  bot over the whole run, {sent} reminders sent in {seconds:F1} s: {Machine.MiB(peak)}  (goal < {Machine.MiB(GoalBytes)}: {(peak < GoalBytes ? "met" : "not met")}), duplicates {duplicates}"));
        return restMet && peak < GoalBytes && sent == reminders && duplicates == 0;
    }
}
