namespace PciBot.Tests.Manifest;

/// <summary>Paths in the repository the tests run from.</summary>
internal static class RepositoryFolder
{
    public static string Root { get; } = FindRoot();

    public static string Manifest => Path.Combine(Root, "manifest");

    public static string Validation => Path.Combine(Manifest, "validation");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PciBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No PciBot.sln above {AppContext.BaseDirectory}.");
    }
}
