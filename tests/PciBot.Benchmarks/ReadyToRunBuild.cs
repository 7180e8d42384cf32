using System.Diagnostics;

namespace PciBot.Benchmarks;

/// <summary>
/// The bot as it is deployed for production: <c>dotnet publish src/PciBot -c Release -r linux-x64 --self-contained false</c>,
/// which compiles every assembly ahead of time (ReadyToRun, set in <c>src/PciBot/PciBot.csproj</c> whenever a runtime is
/// named). Published once per run into a temporary folder.
/// </summary>
internal static class ReadyToRunBuild
{
    public const string Command = "dotnet publish src/PciBot -c Release -r linux-x64 --self-contained false";

    /// <summary>Publishes into <paramref name="directory"/> and returns the path of the published <c>PciBot.dll</c>.</summary>
    public static async Task<string> PublishAsync(string directory)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "publish", "src/PciBot", "-c", "Release", "-r", "linux-x64", "--self-contained", "false", "-o", directory, "-nologo", "-v", "quiet" })
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet publish did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var path = Path.Combine(directory, "PciBot.dll");
        if (process.ExitCode != 0 || !File.Exists(path))
        {
            throw new InvalidOperationException($"{Command} failed ({process.ExitCode}): {await output}{await errors}");
        }

        return path;
    }
}
