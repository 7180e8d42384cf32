using System.Diagnostics;

namespace PciBot.Tests.Infrastructure;

/// <summary>Runs a program to its end and keeps what it printed.</summary>
public sealed record ProcessRun(int ExitCode, string Output, string Error)
{
    public string Printed => $"exit code {ExitCode}\n{Output}\n{Error}";

    public static async Task<ProcessRun> StartAsync(string fileName, string workingDirectory, TimeSpan timeout, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish within {timeout}.");
        }

        return new ProcessRun(process.ExitCode, await output, await error);
    }
}
