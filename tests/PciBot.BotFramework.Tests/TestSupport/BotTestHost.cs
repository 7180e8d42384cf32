using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PciBot.BotFramework.Hosting;
using PciBot.BotFramework.Schema;

namespace PciBot.BotFramework.Tests.TestSupport;

/// <summary>A web application with <c>AddBotFramework</c> and <c>MapBotMessages</c> on an in-memory test server.</summary>
internal sealed class BotTestHost : IAsyncDisposable
{
    private BotTestHost(WebApplication app, RecordingActivityHandler handler, ListLoggerProvider logs)
    {
        App = app;
        Handler = handler;
        Logs = logs;
        Client = app.GetTestClient();
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public RecordingActivityHandler Handler { get; }

    public ListLoggerProvider Logs { get; }

    public static Dictionary<string, string?> AuthenticatedSettings(TestOpenIdServer server) => new()
    {
        ["Bot:AppId"] = TestOpenIdServer.AppId,
        ["Bot:AppPassword"] = "test-secret",
        ["Bot:TenantId"] = "3c9e1f2a-7b4d-4e8a-b6c5-0d1f2e3a4b5c",
        ["Bot:OpenIdMetadataUrl"] = server.MetadataUrl,
        ["Bot:RequireHttpsMetadata"] = "false",
    };

    public static WebApplication Build(
        IDictionary<string, string?> settings,
        string environment,
        TimeProvider? timeProvider = null,
        IActivityHandler? handler = null,
        ILoggerProvider? logs = null,
        Action<IConfigurationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = environment,
            ApplicationName = typeof(BotTestHost).Assembly.GetName().Name,
        });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(settings);
        configure?.Invoke(builder.Configuration);
        builder.Logging.ClearProviders();
        if (logs is not null)
        {
            builder.Logging.AddProvider(logs);
            builder.Logging.SetMinimumLevel(LogLevel.Debug);
        }

        if (timeProvider is not null)
        {
            builder.Services.AddSingleton(timeProvider);
        }

        builder.Services.AddSingleton(handler ?? new RecordingActivityHandler());
        builder.AddBotFramework();
        var app = builder.Build();
        app.MapBotMessages();
        return app;
    }

    public static async Task<BotTestHost> StartAsync(
        IDictionary<string, string?> settings,
        string environment = "Production",
        TimeProvider? timeProvider = null,
        Func<Activity, InvokeResponse?>? respond = null)
    {
        var handler = new RecordingActivityHandler(respond);
        var logs = new ListLoggerProvider();
        var app = Build(settings, environment, timeProvider, handler, logs);
        await app.StartAsync();
        return new BotTestHost(app, handler, logs);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
        Logs.Dispose();
    }
}
