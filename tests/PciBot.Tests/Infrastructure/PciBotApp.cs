using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using PciBot.Data;

namespace PciBot.Tests.Infrastructure;

/// <summary>
/// The real host on its own SQLite file, in anonymous development mode, talking to a fake Teams connector (<c>PciBot.Testing.FakeConnector</c>).
/// </summary>
internal sealed class PciBotApp : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings;

    private readonly bool ownsDirectory;

    private readonly LogCapture? logs;

    private readonly Action<IServiceCollection>? services;

    private PciBotApp(string directory, bool ownsDirectory, DateTimeOffset now, Dictionary<string, string?> settings, LogCapture? logs = null, Action<IServiceCollection>? services = null)
    {
        this.logs = logs;
        this.services = services;
        Directory = directory;
        this.ownsDirectory = ownsDirectory;
        Clock = new FakeTimeProvider(now);
        this.settings = settings;
        if (settings.GetValueOrDefault(OverHttp) == "true")
        {
            UseKestrel(0);
        }
    }

    /// <summary>A setting that names the host's environment (Development unless said).</summary>
    public const string EnvironmentName = "Test:Environment";

    /// <summary>A setting that serves the host on a loopback port (for a real browser) instead of the in-memory test server.</summary>
    public const string OverHttp = "Test:OverHttp";

    /// <summary>Where a browser reaches the host started with <see cref="OverHttp"/>.</summary>
    public Uri Address => new(Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features
        .Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First());

    public string Directory { get; }

    public FakeTimeProvider Clock { get; }

    public string DatabasePath => Path.Combine(Directory, "pcibot.db");

    /// <param name="now">Where the fake clock starts.</param>
    /// <param name="directory">A folder to share with other hosts; a new one, deleted with the host, otherwise.</param>
    /// <param name="settings">Settings over the test defaults.</param>
    /// <param name="logs">Where to keep what the host logs.</param>
    /// <param name="services">Changes to the host's services, made after its own registrations (e.g. a logger provider).</param>
    public static PciBotApp Create(DateTimeOffset? now = null, string? directory = null, IDictionary<string, string?>? settings = null, LogCapture? logs = null, Action<IServiceCollection>? services = null)
    {
        var ownsDirectory = directory is null;
        directory ??= Path.Combine(Path.GetTempPath(), "pcibot-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        var all = new Dictionary<string, string?>
        {
            ["Database:SqlitePath"] = Path.Combine(directory, "pcibot.db"),
            ["Seed:Directory"] = RepositoryRoot.Seeds,
            ["Bot:AppId"] = "",
            ["Bot:AllowUnauthenticated"] = "true",
            ["Bot:Connector:BaseDelay"] = "00:00:00.050",
            ["Dispatch:DefaultServiceUrl"] = "http://127.0.0.1:9/teams/",
            ["Dispatch:StopGracePeriod"] = "00:00:02",
            ["Demo:RosterFile"] = "",

            // Scenarios send a person's messages faster than anyone types; ChatLimitTests checks the real limit.
            ["Messaging:ChatLimit:Burst"] = "1000",

            // Quartz waits between retries on the app's clock, which here moves only when a test says: a retry after a
            // locked database would never come, and the host could not stop.
            ["Quartz:JobStore:TransientRetryInterval"] = "00:00:00",
            ["Quartz:JobStore:DbRetryInterval"] = "00:00:00",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return new PciBotApp(directory, ownsDirectory, now ?? new DateTimeOffset(2023, 11, 20, 1, 0, 0, TimeSpan.Zero), all, logs, services);
    }

    /// <summary>
    /// Starts a host that must refuse to start and gives what it said: the start's exception and every error it logged.
    /// When the program's own thread fails and disposes the host before the test host looks at it, the test host sees
    /// only an <see cref="ObjectDisposedException"/>; the host's log still holds the reason, so both are read.
    /// </summary>
    public static string StartFailure(IDictionary<string, string?>? settings = null)
    {
        var logs = new LogCapture();
        using var app = Create(settings: settings, logs: logs);
        try
        {
            _ = app.Services;
        }
        catch (Exception error)
        {
            return string.Join(
                Environment.NewLine,
                logs.Entries.Where(e => e.Level >= LogLevel.Error).Select(e => e.ToString()).Prepend(error.ToString()));
        }

        throw new InvalidOperationException("The host started although its settings should have stopped it.");
    }

    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    public async Task<T> WithDbAsync<T>(Func<PciBotDbContext, Task<T>> query)
    {
        await using var scope = Scope();
        return await query(scope.ServiceProvider.GetRequiredService<PciBotDbContext>());
    }

    public Task<HttpResponseMessage> PostActivityAsync(JsonNode activity) =>
        CreateClient().PostAsJsonAsync("/api/messages", activity);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(settings.GetValueOrDefault(EnvironmentName) ?? "Development");
        builder.UseContentRoot(RepositoryRoot.Path);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(settings));
        if (logs is not null)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(logs));
        }

        builder.ConfigureServices(registered =>
        {
            registered.RemoveAll<TimeProvider>();
            registered.AddSingleton<TimeProvider>(Clock);
            services?.Invoke(registered);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && ownsDirectory)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                System.IO.Directory.Delete(Directory, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
