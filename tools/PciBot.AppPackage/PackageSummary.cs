namespace PciBot.AppPackage;

/// <summary>What <see cref="AppPackageBuilder"/> wrote.</summary>
internal sealed record PackageSummary(
    string OutputPath, Guid AppId, string ManifestVersion, string AppVersion, IReadOnlyList<string> Entries);
