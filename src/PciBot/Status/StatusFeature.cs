namespace PciBot.Status;

internal static class StatusFeature
{
    public static IHostApplicationBuilder AddStatus(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<StatusBoard>();
        builder.Services.AddSingleton<LatestReports>();
        builder.Services.AddSingleton<StatusSlots>();
        return builder;
    }
}
