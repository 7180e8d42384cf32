using PciBot.Tests.Infrastructure;

namespace PciBot.Tests.Manifest;

/// <summary>
/// manifest/validation/validate.mjs, run with node against the schemas bundled in the pinned
/// @microsoft/app-manifest. Installs the pinned packages with <c>npm ci</c> first when they are
/// missing or older than the lock file.
/// </summary>
public sealed class SchemaValidator : IAsyncLifetime
{
    private static readonly TimeSpan ValidateTimeout = TimeSpan.FromMinutes(1);

    private readonly NodeProject _project = new(RepositoryFolder.Validation);

    public Task InitializeAsync() => _project.EnsureInstalledAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Validates each file against the schema its "$schema" names.</summary>
    public Task<ProcessRun> ValidateAsync(params string[] files) =>
        _project.NodeAsync(ValidateTimeout, ["validate.mjs", .. files]);
}
