namespace PciBot.Tests.Manifest;

/// <summary>
/// manifest/validation/validate.mjs, run with node against the schemas bundled in the pinned
/// @microsoft/app-manifest. Installs the pinned packages with <c>npm ci</c> first when they are
/// missing or older than the lock file.
/// </summary>
public sealed class SchemaValidator : IAsyncLifetime
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan ValidateTimeout = TimeSpan.FromMinutes(1);

    private readonly string _folder = RepositoryFolder.Validation;

    public async Task InitializeAsync()
    {
        var installed = new FileInfo(Path.Combine(_folder, "node_modules", ".package-lock.json"));
        var locked = new FileInfo(Path.Combine(_folder, "package-lock.json"));
        if (installed.Exists && installed.LastWriteTimeUtc >= locked.LastWriteTimeUtc)
        {
            return;
        }

        var npm = OperatingSystem.IsWindows() ? "npm.cmd" : "npm";
        var run = await ProcessRun.StartAsync(npm, _folder, InstallTimeout, "ci", "--ignore-scripts", "--no-audit", "--no-fund");
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"npm ci failed in {_folder}: {run.Printed}");
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Validates each file against the schema its "$schema" names.</summary>
    public Task<ProcessRun> ValidateAsync(params string[] files) =>
        ProcessRun.StartAsync("node", _folder, ValidateTimeout, ["validate.mjs", .. files]);
}
