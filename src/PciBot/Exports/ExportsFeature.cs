using Microsoft.Extensions.Options;
using PciBot.Outbox;
using PciBot.Rollups;

namespace PciBot.Exports;

internal static class ExportsFeature
{
    public static IHostApplicationBuilder AddExports(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ExportOptions>()
            .BindConfiguration(ExportOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddOptions<ReportOptions>()
            .BindConfiguration(ReportOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton(services =>
        {
            var options = services.GetRequiredService<IOptions<ExportOptions>>();
            if (options.Value.SigningKey.Length == 0)
            {
                ExportsLog.EphemeralKey(services.GetRequiredService<ILogger<ExportLinks>>());
            }

            return new ExportLinks(options, services.GetRequiredService<TimeProvider>());
        });
        builder.Services.AddScoped<RollupBuilder>();
        builder.Services.AddScoped<ExportRenderer>();
        builder.Services.AddScoped<PrivateLinks>();
        builder.Services.AddOutboxKind<PrivateLinksCard>(PrivateLinks.Kind);
        return builder;
    }

    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/exports/{file}", ExportEndpoint.DownloadAsync);
        return endpoints;
    }

    /// <summary>Offers <typeparamref name="TSheet"/>'s workbook through the signed download links.</summary>
    public static IServiceCollection AddSheetDownload<TSheet>(this IServiceCollection services)
        where TSheet : class, ISheetDownload
    {
        services.AddScoped<ISheetDownload, TSheet>();
        return services;
    }
}
