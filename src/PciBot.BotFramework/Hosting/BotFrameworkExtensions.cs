using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PciBot.BotFramework.Authentication;
using PciBot.BotFramework.Connector;

namespace PciBot.BotFramework.Hosting;

/// <summary>Registers the Bot Framework protocol and maps the messaging endpoint.</summary>
public static class BotFrameworkExtensions
{
    private const int MaxMetadataBytes = 1024 * 1024;
    private const int MaxConnectorAnswerBytes = 4 * 1024 * 1024;

    /// <summary>
    /// Binds and validates <see cref="BotFrameworkOptions"/> (<c>Bot</c>) and <see cref="ConnectorOptions"/>
    /// (<c>Bot:Connector</c>) at start, and registers inbound token validation, <see cref="IBotTokenProvider"/>,
    /// <see cref="IConnectorClient"/> (typed client with retries) and <see cref="TimeProvider.System"/> unless a
    /// <see cref="TimeProvider"/> is already registered. The connector client waits on its own clock, the
    /// <see cref="TimeProvider"/> keyed <see cref="ConnectorOptions.ClockKey"/> (the system clock unless the host registers
    /// one). The host registers its <see cref="IActivityHandler"/>.
    /// </summary>
    public static IHostApplicationBuilder AddBotFramework(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        if (services.Any(d => d.ServiceType == typeof(BotMessageEndpoint)))
        {
            return builder;
        }

        services.AddOptions<BotFrameworkOptions>()
            .BindConfiguration(BotFrameworkOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsValidator>();
        services.AddOptions<ConnectorOptions>()
            .BindConfiguration(ConnectorOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ConnectorOptions>, ConnectorOptionsValidator>();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddKeyedSingleton(ConnectorOptions.ClockKey, TimeProvider.System);
        services.AddHttpClient(BotTokenValidator.MetadataHttpClientName, client =>
        {
            client.Timeout = TimeSpan.FromSeconds(15);
            client.MaxResponseContentBufferSize = MaxMetadataBytes;
        });
        services.AddHttpClient(MsalBotTokenProvider.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30));
        services.TryAddSingleton<BotTokenValidator>();
        services.TryAddSingleton<IBotTokenProvider, MsalBotTokenProvider>();
        services.TryAddTransient<BotAuthorizationHandler>();
        var connector = services.AddHttpClient<IConnectorClient, ConnectorClient>((provider, client) =>
        {
            // The retry pipeline owns the timeouts; this only backs it up.
            client.Timeout = provider.GetRequiredService<IOptions<ConnectorOptions>>().Value.TotalTimeout + TimeSpan.FromSeconds(5);
            client.MaxResponseContentBufferSize = MaxConnectorAnswerBytes;
        });

        // Outermost first: the retries wrap the token handler, so each attempt carries a current token.
        connector.AddResilienceHandler(ConnectorResilience.PipelineName, ConnectorResilience.Configure);
        connector.AddHttpMessageHandler<BotAuthorizationHandler>();

        services.AddSingleton<BotMessageEndpoint>();
        services.AddMetrics();
        services.TryAddSingleton<BotFrameworkMetrics>();
        services.AddHostedService<BotFrameworkStartupLogger>();
        return builder;
    }

    /// <summary>
    /// Maps the endpoint the channel posts activities to (POST only). It answers 413 for a body over
    /// <see cref="BotFrameworkOptions.MaxRequestBodyBytes"/>, 401 for a missing or invalid token, 400 for a body that
    /// is not a usable activity, and otherwise what <see cref="IActivityHandler"/> decides: the invoke response for
    /// invokes, an empty 200 for everything else, 500 if it throws. The endpoint does its own authentication, so it
    /// allows anonymous access as far as ASP.NET Core authorization is concerned.
    /// </summary>
    public static RouteHandlerBuilder MapBotMessages(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        if (endpoints.ServiceProvider.GetService<IServiceProviderIsService>() is { } registered
            && !registered.IsService(typeof(BotMessageEndpoint)))
        {
            throw new InvalidOperationException($"Call builder.{nameof(AddBotFramework)}() before {nameof(MapBotMessages)}().");
        }

        return endpoints
            .MapPost(pattern, static (HttpContext context, [FromServices] BotMessageEndpoint endpoint) => endpoint.HandleAsync(context))
            .AllowAnonymous()
            .ExcludeFromDescription();
    }
}
