using System.Collections.Concurrent;

namespace PciBot.Tests.Infrastructure;

/// <summary>
/// A small node project kept in the repository for tests, e.g. a validator pinned by its package-lock.json. Its
/// packages are installed with <c>npm ci</c> when they are missing or older than the lock file, once at a time.
/// </summary>
public sealed class NodeProject(string folder)
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Installing = new(StringComparer.Ordinal);

    public string Folder { get; } = folder;

    public async Task EnsureInstalledAsync()
    {
        var gate = Installing.GetOrAdd(Folder, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync();
        try
        {
            var installed = new FileInfo(Path.Combine(Folder, "node_modules", ".package-lock.json"));
            var locked = new FileInfo(Path.Combine(Folder, "package-lock.json"));
            if (installed.Exists && installed.LastWriteTimeUtc >= locked.LastWriteTimeUtc)
            {
                return;
            }

            var npm = OperatingSystem.IsWindows() ? "npm.cmd" : "npm";
            var run = await ProcessRun.StartAsync(npm, Folder, InstallTimeout, "ci", "--ignore-scripts", "--no-audit", "--no-fund");
            if (run.ExitCode != 0)
            {
                throw new InvalidOperationException($"npm ci failed in {Folder}: {run.Printed}");
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Runs <c>node</c> in the project's folder.</summary>
    public Task<ProcessRun> NodeAsync(TimeSpan timeout, params string[] arguments) =>
        ProcessRun.StartAsync("node", Folder, timeout, arguments);
}
