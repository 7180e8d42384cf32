using System.Globalization;
using PciBot.Testing;

namespace PciBot.Benchmarks;

/// <summary>
/// Peak working set of the bot's own process after sending <c>reminders</c> reminders with the registry scaled
/// <c>scale</c> times (the <c>memory-run</c> mode, in a child process; the fake connector stays in this one), against
/// the bare Kestrel program and the real bot idle after start, both also measured as processes of their own.
/// </summary>
internal sealed class MemoryBenchmark(int reminders, int scale)
{
    public const long GoalBytes = 250L * 1024 * 1024;

    public async Task<bool> RunAsync(TextWriter report)
    {
        long bare;
        using (var process = BotProcess.StartBare())
        {
            await process.WaitHealthyAsync(TimeSpan.FromSeconds(60));
            bare = process.PeakWorkingSet();
        }

        long idle;
        var directory = Path.Combine(Path.GetTempPath(), "pcibot-benchmarks", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            using var process = BotProcess.Start(directory);
            await process.WaitHealthyAsync(TimeSpan.FromSeconds(60));
            await Task.Delay(TimeSpan.FromSeconds(2));
            idle = process.PeakWorkingSet();
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }

        await using var connector = await FakeConnector.StartAsync();
        var lines = new List<string>();
        var gate = new Lock();
        using var child = ChildProcess.Start(
            RepositoryRoot.Path,
            new Dictionary<string, string>(),
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
        var c = CultureInfo.InvariantCulture;
        report.WriteLine($"memory: peak working set (VmHWM) of each process; machine: {Machine.Describe()}");
        report.WriteLine($"  bare Kestrel process (baseline)          {Machine.MiB(bare),8}");
        report.WriteLine($"  bot idle after start (src/PciBot dll)    {Machine.MiB(idle),8}  {(double)idle / bare:F2}x baseline");
        report.WriteLine($"  bot host started, before seeding         {Machine.MiB(afterStart),8}");
        report.WriteLine($"  bot after seeding {tasks} tasks and {reminders} people and reminders  {Machine.MiB(afterSeeding),8}");
        if (sending >= 0)
        {
            report.WriteLine(string.Create(c, $"  bot while sending the reminders only (mark reset after seeding)  {Machine.MiB(sending),8}  {(double)sending / bare:F2}x baseline"));
        }

        report.WriteLine(string.Create(c, $"  bot over the whole run, {sent} reminders sent in {seconds:F1} s: {Machine.MiB(peak)}  {(double)peak / bare:F2}x baseline  (goal < {Machine.MiB(GoalBytes)}), duplicates {duplicates}"));
        return peak < GoalBytes && sent == reminders && duplicates == 0;
    }
}
