using System.Diagnostics;

namespace PciBot.Tests.Infrastructure;

/// <summary>
/// The built bot (<c>src/PciBot</c>) as a process of its own, started with <c>dotnet</c> from the repository root
/// with the given settings as environment variables; <see cref="Kill"/> ends it with SIGKILL.
/// </summary>
internal sealed class BotProcess : IDisposable
{
    private readonly Process process;
    private readonly System.Text.StringBuilder output = new();

    private BotProcess(Process process) => this.process = process;

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public bool HasExited => process.HasExited;

    /// <summary>The bot's assembly built in the same configuration as the tests.</summary>
    public static string Assembly
    {
        get
        {
            var separator = Path.DirectorySeparatorChar;
            var configuration = AppContext.BaseDirectory.Contains($"{separator}Release{separator}", StringComparison.Ordinal) ? "Release" : "Debug";
            return Path.Combine(RepositoryRoot.Path, "src", "PciBot", "bin", configuration, "net10.0", "PciBot.dll");
        }
    }

    /// <summary>Starts the bot in Development with <paramref name="settings"/> (keys as in configuration, <c>Section:Key</c>).</summary>
    public static BotProcess Start(IReadOnlyDictionary<string, string?> settings)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Assembly);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        info.Environment["Demo__RosterFile"] = "";
        foreach (var (key, value) in settings)
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
        var bot = new BotProcess(process);
        process.OutputDataReceived += (_, e) => bot.Append(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return bot;
    }

    /// <summary>Waits until <paramref name="done"/>, failing with the bot's output if it ends or <paramref name="bounded"/> passes first.</summary>
    public async Task WaitUntilAsync(Func<Task<bool>> done, string what, TimeSpan bounded)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        while (!await done())
        {
            if (HasExited || System.Diagnostics.Stopwatch.GetElapsedTime(started) > bounded)
            {
                Assert.Fail($"Waited {System.Diagnostics.Stopwatch.GetElapsedTime(started)} for {what}; the bot {(HasExited ? "ended" : "runs")}:\n{Output}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>SIGKILL: no shutdown, no grace period, nothing flushed.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: false);
        process.WaitForExit(10_000);
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            Kill();
        }

        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }
}
