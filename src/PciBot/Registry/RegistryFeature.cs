using Microsoft.EntityFrameworkCore.Diagnostics;
using PciBot.BotFramework.Connector;
using PciBot.Data;
using PciBot.Registry.Seeding;

namespace PciBot.Registry;

internal static class RegistryFeature
{
    public static IHostApplicationBuilder AddRegistry(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SeedOptions>()
            .BindConfiguration(SeedOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddScoped<PlanSeeder>();
        builder.Services.AddScoped<IDatabaseSeeder>(services => services.GetRequiredService<PlanSeeder>());
        builder.Services.AddScoped<PlanCatalog>();
        builder.Services.AddScoped(services => PlanMatchers.Of(services.GetRequiredService<PlanCatalog>()));
        builder.Services.AddSingleton(services => new PlanSnapshots(
            services.GetRequiredKeyedService<TimeProvider>(ConnectorOptions.ClockKey),
            async ct =>
            {
                await using var scope = services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
                return await scope.ServiceProvider.GetRequiredService<PlanCatalog>().ReadAsync(ct);
            },
            services.GetRequiredService<ILogger<PlanSnapshots>>()));
        builder.Services.AddSingleton<RegistryChangeInterceptor>();
        builder.Services.AddSingleton<IInterceptor>(services => services.GetRequiredService<RegistryChangeInterceptor>());
        builder.Services.AddHealthChecks().AddCheck<PlanHealthCheck>("database");
        return builder;
    }
}
