namespace PciBot.Benchmarks;

/// <summary>The real bot as it is deployed: the built <c>src/PciBot</c> assembly started with <c>dotnet</c>, in Production with auth on.</summary>
internal static class BotProcess
{
    /// <summary>The bot's assembly built in the same configuration as this program (building the benchmark builds it).</summary>
    public static string Assembly
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
            var path = Path.Combine(RepositoryRoot.Path, "src", "PciBot", "bin", configuration, "net10.0", "PciBot.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException("Build src/PciBot first.", path);
        }
    }

    /// <summary>The environment of a Production start on <c>{port}</c> with its database in <paramref name="directory"/>.</summary>
    public static Dictionary<string, string> Environment(string directory) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["ASPNETCORE_URLS"] = "http://127.0.0.1:{port}",
        ["Database__SqlitePath"] = Path.Combine(directory, "pcibot.db"),
        ["Bot__AppId"] = PciBot.Testing.TokenIssuer.AppId,
        ["Bot__TenantId"] = PciBot.Testing.TokenIssuer.TenantId,
        ["Bot__AppPassword"] = "local-test-secret",
        ["Logging__LogLevel__Default"] = "Warning",
        ["Messaging__ChatLimit__Burst"] = "1000000",
        ["Messaging__ChatLimit__PerMinute"] = "1000000",
    };

    public static ChildProcess Start(string directory, Action<string>? output = null) =>
        ChildProcess.Start(RepositoryRoot.Path, Environment(directory), output, Assembly);

    /// <summary>The bot from <paramref name="assembly"/> (a build or a publish) with <paramref name="extra"/> added to its environment.</summary>
    public static ChildProcess Start(string directory, string assembly, IReadOnlyDictionary<string, string> extra)
    {
        var environment = Environment(directory);
        foreach (var (key, value) in extra)
        {
            environment[key] = value;
        }

        return ChildProcess.Start(RepositoryRoot.Path, environment, null, assembly);
    }

    /// <summary>The baseline: this program's bare Kestrel server, started the same way.</summary>
    public static ChildProcess StartBare() =>
        ChildProcess.Start(RepositoryRoot.Path, new Dictionary<string, string>(), null, ChildProcess.BenchmarkAssembly, "bare", "{port}");
}
