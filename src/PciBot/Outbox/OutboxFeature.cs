using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PciBot.BotFramework.Connector;

namespace PciBot.Outbox;

internal static class OutboxFeature
{
    public static IHostApplicationBuilder AddOutbox(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DispatchOptions>()
            .BindConfiguration(DispatchOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<DispatchOptions>, DispatchOptionsValidator>();
        builder.Services.AddSingleton(services => new RateLimitClock(services.GetRequiredKeyedService<TimeProvider>(ConnectorOptions.ClockKey)));
        builder.Services.AddSingleton(services => new SendRateLimiter(
            services.GetRequiredService<IOptions<DispatchOptions>>().Value,
            services.GetRequiredService<RateLimitClock>().Time));
        builder.Services.AddSingleton<DispatchSignal>();
        builder.Services.AddScoped<OutboxQueue>();
        builder.Services.AddScoped<OutboxRenderers>();
        builder.Services.AddScoped<RecipientResolver>();
        builder.Services.AddScoped<AppInstallations>();
        builder.Services.AddSingleton<PermissionNotices>();
        builder.Services.AddScoped<OutboxPoster>();
        builder.Services.AddScoped<OutboxOutcomes>();
        builder.Services.AddScoped<OutboxSettlement>();
        builder.Services.AddScoped<OutboxSender>();
        builder.Services.AddScoped<OutboxLeases>();
        builder.Services.AddSingleton<OutboxDispatcher>();
        builder.Services.AddHostedService(services => services.GetRequiredService<OutboxDispatcher>());
        return builder;
    }

    /// <summary>Registers <typeparamref name="TRenderer"/> as the renderer of the rows of <paramref name="kind"/>.</summary>
    public static IServiceCollection AddOutboxKind<TRenderer>(this IServiceCollection services, OutboxKind kind)
        where TRenderer : class, IOutboxRenderer
    {
        services.TryAddScoped<TRenderer>();
        services.AddSingleton(new OutboxRendererRegistration(kind, typeof(TRenderer)));
        return services;
    }
}
