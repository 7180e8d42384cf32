using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PciBot.BotFramework.Authentication;
using PciBot.BotFramework.Connector;
using PciBot.BotFramework.Hosting;

namespace PciBot.BotFramework.Tests.TestSupport;

/// <summary>A host with <c>AddBotFramework</c>, fast retry delays and a fixed token, to get a real <see cref="IConnectorClient"/>.</summary>
internal static class ConnectorTestHost
{
    public static IHost Build(IBotTokenProvider tokens, IDictionary<string, string?>? settings = null, TimeProvider? hostClock = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Development", DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:AllowUnauthenticated"] = "true",
            ["Bot:Connector:MaxRetryAttempts"] = "3",
            ["Bot:Connector:BaseDelay"] = "00:00:00.010",
            ["Bot:Connector:MaxDelay"] = "00:00:00.050",
            ["Bot:Connector:MaxRetryAfter"] = "00:00:05",
            ["Bot:Connector:AttemptTimeout"] = "00:00:05",
            ["Bot:Connector:TotalTimeout"] = "00:00:30",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Services.AddSingleton(tokens);
        if (hostClock is not null)
        {
            builder.Services.AddSingleton(hostClock);
        }

        builder.AddBotFramework();
        return builder.Build();
    }

    public static IConnectorClient Client(this IHost host) => host.Services.GetRequiredService<IConnectorClient>();
}
