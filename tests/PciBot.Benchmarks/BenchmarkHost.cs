using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace PciBot.Benchmarks;

/// <summary>
/// The real host on a temporary SQLite file. Its business clock stands still in the reporting season, so no schedule
/// fires by itself; sending runs in real time as always.
/// </summary>
internal sealed class BenchmarkHost(string directory, IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services = null) : WebApplicationFactory<Program>
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2023, 12, 11, 1, 0, 0, TimeSpan.Zero));

    public string Directory => directory;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var all = new Dictionary<string, string?>
        {
            ["Database:SqlitePath"] = Path.Combine(directory, "pcibot.db"),
            ["Seed:Directory"] = Path.Combine(RepositoryRoot.Path, "seeds"),
            ["Bot:AppId"] = "",
            ["Bot:AllowUnauthenticated"] = "true",
            ["Demo:RosterFile"] = "",
            ["Messaging:ChatLimit:Burst"] = "1000000",
            ["Messaging:ChatLimit:PerMinute"] = "1000000",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:PciBot"] = "Warning",
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        builder.UseEnvironment("Development");
        builder.UseContentRoot(RepositoryRoot.Path);
        foreach (var (key, value) in all)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(all));
        builder.ConfigureServices(registered =>
        {
            registered.RemoveAll<TimeProvider>();
            registered.AddSingleton<TimeProvider>(Clock);
            services?.Invoke(registered);
        });
    }
}
