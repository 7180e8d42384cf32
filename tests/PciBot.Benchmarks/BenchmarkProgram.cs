using System.Globalization;

namespace PciBot.Benchmarks;

/// <summary>
/// Measures PciBot against baselines taken in the same run.
/// <c>dotnet run -c Release --project tests/PciBot.Benchmarks -- fanout [--reminders N] [--rate R] [--new-chats]</c>,
/// <c>-- questions [--units 100] [--runs 500]</c>, <c>-- dashboard [--units 100] [--runs 200]</c>, <c>-- messages [--seconds S] [--clients C] [--text T]</c>, <c>-- memory [--reminders N] [--scale K]</c>,
/// <c>-- startup [--runs N] [--no-publish]</c>, <c>-- soak [--minutes 20]</c>, <c>-- peak [--one-transaction]</c>.
/// </summary>
internal static class BenchmarkProgram
{
    private const string Usage = "usage: PciBot.Benchmarks fanout [--reminders 10000] [--rate 500] [--new-chats] | questions [--units 100] [--runs 500] | dashboard [--units 100] [--runs 200] | messages [--seconds 10] [--clients 16] [--text \"việc đến hạn quý này\"] | memory [--reminders 10000] [--scale 100] [--env NAME=VALUE]... | startup [--runs 5] | soak [--minutes 20] | peak [--one-transaction]";

    public static async Task<int> Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "fanout":
                return await FanOutAsync(args);
            case "questions":
                var (report, passed) = await new QuestionsBenchmark(IntAfter(args, "--units") ?? 100, IntAfter(args, "--runs") ?? 500).RunAsync();
                Console.WriteLine(report);
                return passed ? 0 : 1;
            case "dashboard":
                var (dashboard, met) = await new DashboardBenchmark(IntAfter(args, "--units") ?? 100, IntAfter(args, "--runs") ?? 200).RunAsync();
                Console.WriteLine(dashboard);
                return met ? 0 : 1;
            case "messages":
                return await new MessagesBenchmark(
                    TimeSpan.FromSeconds(IntAfter(args, "--seconds") ?? 10),
                    TextAfter(args, "--text") is { } text ? [text] : [MessagesBenchmark.Help, MessagesBenchmark.Question],
                    IntAfter(args, "--clients") ?? 16).RunAsync(Console.Out) ? 0 : 1;
            case "memory":
                return await new MemoryBenchmark(IntAfter(args, "--reminders") ?? 10_000, IntAfter(args, "--scale") ?? 100, EnvironmentAfter(args)).RunAsync(Console.Out) ? 0 : 1;
            case "startup":
                return await new StartupBenchmark(IntAfter(args, "--runs") ?? 5, !args.Contains("--no-publish")).RunAsync(Console.Out) ? 0 : 1;
            case "soak":
                return await new SoakBenchmark(IntAfter(args, "--minutes") ?? 20).RunAsync(Console.Out) ? 0 : 1;
            case "peak":
                return await new SoakBenchmark(0, peak: true, oneTransaction: args.Contains("--one-transaction")).RunAsync(Console.Out) ? 0 : 1;
            case "soak-run" when args.Length >= 5:
                return await SoakWorkload.RunAsync(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), args[3], args[4], once: args.Contains("once"), oneTransaction: args.Contains("one-transaction"));
            case "memory-run" when args.Length == 4:
                return await MemoryWorkload.RunAsync(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), int.Parse(args[3], CultureInfo.InvariantCulture));
            case "bare" when args.Length == 2:
                return await BareEndpoint.RunAsProcessAsync(int.Parse(args[1], CultureInfo.InvariantCulture));
            default:
                await Console.Error.WriteLineAsync(Usage);
                return 2;
        }
    }

    private static async Task<int> FanOutAsync(string[] args)
    {
        var reminders = IntAfter(args, "--reminders") ?? 10_000;
        var rate = IntAfter(args, "--rate") ?? 500;
        var newChats = args.Contains("--new-chats");
        var report = await new FanOutBenchmark(reminders, rate, newChats).RunAsync();
        Console.WriteLine(report);
        return report.Passed ? 0 : 1;
    }

    /// <summary>Every <c>--env NAME=VALUE</c>: settings for the bot's process (e.g. <c>DOTNET_gcServer=1</c>).</summary>
    private static Dictionary<string, string> EnvironmentAfter(string[] args) =>
        args.Select((a, i) => (a, i)).Where(p => p.a == "--env" && p.i + 1 < args.Length).Select(p => args[p.i + 1].Split('=', 2))
            .ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : "");

    private static int? IntAfter(string[] args, string name) =>
        TextAfter(args, name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : null;

    private static string? TextAfter(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
