namespace PciBot.Tests.Manifest;

/// <summary>A folder of its own for one test, removed afterwards.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("pcibot-manifest-");

    public string Path => _directory.FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Copies the committed manifest folder (without the validation tooling) here.</summary>
    public TemporaryFolder WithCommittedManifest()
    {
        foreach (var file in Directory.EnumerateFiles(RepositoryFolder.Manifest))
        {
            System.IO.File.Copy(file, File(System.IO.Path.GetFileName(file)));
        }

        return this;
    }

    public void Dispose() => _directory.Delete(recursive: true);
}
