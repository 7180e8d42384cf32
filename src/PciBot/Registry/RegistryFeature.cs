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
        builder.Services.AddScoped<PlanCatalog>();
        builder.Services.AddSingleton<PlanSnapshots>();
        builder.Services.AddSingleton<RegistryChangeInterceptor>();
        return builder;
    }
}
