namespace PciBot.Status;

internal static class StatusFeature
{
    public static IHostApplicationBuilder AddStatus(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<StatusBoard>();
        return builder;
    }
}
