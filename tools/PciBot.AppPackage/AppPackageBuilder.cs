using System.IO.Compression;

namespace PciBot.AppPackage;

/// <summary>
/// Builds the Teams app package: a zip with manifest.json (real app id and bot id in place of
/// the placeholder) and every file the manifest names, all at the zip root.
/// </summary>
internal static class AppPackageBuilder
{
    // A fixed entry time, so that the same inputs give the same zip.
    private static readonly DateTimeOffset EntryTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Builds the package; <paramref name="tabHost"/> is the bot's host, where the dashboard tab is served (without it, no tab).</summary>
    public static PackageSummary Build(string manifestDirectory, Guid appId, DeveloperUrls urls, string outputPath, string? tabHost = null)
    {
        ArgumentNullException.ThrowIfNull(urls);
        if (appId == BotAppId.Placeholder)
        {
            throw new ArgumentException("The placeholder app id cannot go into a package.", nameof(appId));
        }

        var manifest = ManifestTemplate.Load(manifestDirectory);
        manifest.SetAppId(appId);
        manifest.SetDeveloperUrls(urls.Over(manifest.DeveloperUrls));
        manifest.SetTabHost(tabHost, appId);
        var manifestBytes = manifest.ToUtf8Bytes();

        var files = manifest.ReferencedFiles.Distinct(StringComparer.Ordinal).ToList();
        foreach (var file in files)
        {
            // Teams resolves these names from the zip root; a folder in the name would not be found.
            if (Path.GetFileName(file) != file || file == ManifestTemplate.FileName)
            {
                throw new InvalidDataException($"The manifest names '{file}': only plain file names next to manifest.json can be packaged.");
            }

            var path = Path.Combine(manifestDirectory, file);
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"The manifest names '{file}', which is not in {manifestDirectory}.", path);
            }
        }

        if (System.Text.Encoding.UTF8.GetString(manifestBytes).Contains(BotAppId.Placeholder.ToString("D"), StringComparison.Ordinal))
        {
            throw new InvalidDataException("The packaged manifest would still carry the placeholder GUID.");
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(outputPath));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        using (var output = new FileStream(outputPath, FileMode.Create, FileAccess.Write))
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create))
        {
            Add(zip, ManifestTemplate.FileName, manifestBytes);
            foreach (var file in files)
            {
                Add(zip, file, File.ReadAllBytes(Path.Combine(manifestDirectory, file)));
            }
        }

        return new PackageSummary(outputPath, appId, manifest.ManifestVersion, manifest.Version, [ManifestTemplate.FileName, .. files]);
    }

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTime;
        using var stream = entry.Open();
        stream.Write(content);
    }
}
