using System.Globalization;
using System.Text;
using PciBot.Outbox;

namespace PciBot.Benchmarks;

/// <summary>The figures of a fan-out run, against the allowed rate and against the baseline of plain posts.</summary>
internal sealed record FanOutReport(
    int Reminders,
    int AllowedPerSecond,
    RunFigures Dispatcher,
    IReadOnlyDictionary<OutboxStatus, int> Outcomes,
    int Duplicates,
    RunFigures Baseline,
    long PeakWorkingSet,
    bool NewChats)
{
    public const double Goal = 0.9;

    public double RatioToAllowed => Dispatcher.PerSecond / AllowedPerSecond;

    public double RatioToBaseline => Dispatcher.PerSecond / Baseline.PerSecond;

    public bool Passed => Duplicates == 0 && Dispatcher.Sent == Reminders;

    public override string ToString()
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"fan-out: {Reminders} reminders to {Reminders} people, {(NewChats ? "each chat opened first" : "each with a personal chat")}, fake connector at {AllowedPerSecond}/s global, 7/1 s and 60/30 s per conversation");
        text.AppendLine(c, $"  dispatcher  sent {Dispatcher.Sent,6}  elapsed {Dispatcher.Elapsed.TotalSeconds,7:F2} s  {Dispatcher.PerSecond,7:F1}/s  ratio to allowed {RatioToAllowed:F3} (goal >= {Goal})  429s {Dispatcher.Throttled}  duplicates {Duplicates}  {CpuText(Dispatcher)}");
        text.AppendLine(c, $"  outcomes    {string.Join(", ", Outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key} {o.Value}"))}; calls to the connector {Dispatcher.Calls} ({Dispatcher.Calls / Dispatcher.Elapsed.TotalSeconds:F1}/s)");
        text.AppendLine(c, $"  baseline    sent {Baseline.Sent,6}  elapsed {Baseline.Elapsed.TotalSeconds,7:F2} s  {Baseline.PerSecond,7:F1}/s  ratio to allowed {Baseline.PerSecond / AllowedPerSecond:F3}  429s {Baseline.Throttled}  {CpuText(Baseline)}  (plain POSTs, same limits, no database)");
        text.AppendLine(c, $"  dispatcher / baseline {RatioToBaseline:F3}");
        text.Append(c, $"  peak working set {PeakWorkingSet / (1024.0 * 1024.0):F0} MiB (whole process: host, fake connector, seeding)");
        return text.ToString();
    }

    private static string CpuText(RunFigures run) => run.Cpu is { } cpu
        ? string.Create(CultureInfo.InvariantCulture, $"cpu {cpu.TotalSeconds:F1} s ({cpu.TotalSeconds / run.Elapsed.TotalSeconds:F2} cores)")
        : "";
}
