namespace PciBot.AppPackage;

/// <summary>Where the repository keeps what the tool reads and writes.</summary>
internal sealed record RepositoryPaths(string Root)
{
    private const string SolutionFile = "PciBot.sln";

    public string ManifestDirectory => Path.Combine(Root, "manifest");

    public string AppSettings => Path.Combine(Root, "appsettings.json");

    /// <summary>
    /// The nearest folder holding PciBot.sln above <paramref name="start"/>, else above the
    /// tool's own build output, so the tool works from any folder inside the repository.
    /// </summary>
    public static RepositoryPaths? Find(string start)
        => FindAbove(start) ?? FindAbove(AppContext.BaseDirectory);

    private static RepositoryPaths? FindAbove(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return new RepositoryPaths(directory.FullName);
            }
        }

        return null;
    }
}
