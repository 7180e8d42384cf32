namespace PciBot.Tests.Infrastructure;

internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Seeds => System.IO.Path.Combine(Path, "seeds");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "PciBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("PciBot.sln not found above the test output folder.");
    }
}
