using System.Globalization;

namespace PciBot.Benchmarks;

/// <summary>
/// Measures PciBot's outbound paths against the fake Teams connector on loopback.
/// <c>dotnet run -c Release --project tests/PciBot.Benchmarks -- fanout [--reminders N] [--rate R] [--new-chats]</c>, or
/// <c>-- questions [--units 100] [--runs 500]</c>.
/// </summary>
internal static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "questions")
        {
            Console.WriteLine(await new QuestionsBenchmark(IntAfter(args, "--units") ?? 100, IntAfter(args, "--runs") ?? 500).RunAsync());
            return 0;
        }

        if (args.Length == 0 || args[0] != "fanout")
        {
            await Console.Error.WriteLineAsync("usage: PciBot.Benchmarks fanout [--reminders 10000] [--rate 500] [--new-chats] | questions [--units 100] [--runs 500]");
            return 2;
        }

        var reminders = IntAfter(args, "--reminders") ?? 10_000;
        var rate = IntAfter(args, "--rate") ?? 500;
        var newChats = args.Contains("--new-chats");
        var report = await new FanOutBenchmark(reminders, rate, newChats).RunAsync();
        Console.WriteLine(report);
        return report.Passed ? 0 : 1;
    }

    private static int? IntAfter(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : null;
    }
}
