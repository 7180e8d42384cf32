using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using PciBot.BotFramework.Hosting;

namespace PciBot.Telemetry;

internal static class TelemetryFeature
{
    /// <summary>The meters exported besides PciBot's own: the protocol layer's, ASP.NET Core's, HttpClient's and the runtime's.</summary>
    public static IReadOnlyList<string> Meters { get; } =
        [PciBotMetrics.MeterName, BotFrameworkMetrics.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Net.Http", "System.Runtime"];

    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Services.AddMetrics();
        builder.Services.AddSingleton<PciBotMetrics>();
        builder.Services.AddOptions<TelemetryOptions>()
            .BindConfiguration(TelemetryOptions.SectionName)
            .Validate(o => string.IsNullOrWhiteSpace(o.OtlpEndpoint) || Uri.TryCreate(o.OtlpEndpoint, UriKind.Absolute, out _), "Telemetry:OtlpEndpoint must be an absolute address, e.g. http://localhost:4317.")
            .Validate(o => o.PrometheusPath.StartsWith('/'), "Telemetry:PrometheusPath must start with '/'.")
            .ValidateOnStart();
        builder.Logging.Configure(logging => logging.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);

        var options = builder.Configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var otlp = options.OtlpEndpoint is { Length: > 0 } endpoint ? new Uri(endpoint)
            : builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"] is { Length: > 0 } standard ? new Uri(standard) : null;
        if (!options.Collects && otlp is null)
        {
            return builder;
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("pcibot", serviceInstanceId: Environment.MachineName))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter([.. Meters]).AddNpgsqlInstrumentation();
                if (options.Prometheus)
                {
                    metrics.AddPrometheusExporter(prometheus => prometheus.ScrapeEndpointPath = options.PrometheusPath);
                }
            })
            .WithTracing(tracing => tracing
                .AddSource(PciBotTracing.SourceName)
                .AddAspNetCoreInstrumentation(aspnet => aspnet.Filter = http => !http.Request.Path.StartsWithSegments("/healthz", StringComparison.Ordinal)
                    && !http.Request.Path.StartsWithSegments(options.PrometheusPath, StringComparison.Ordinal))
                .AddHttpClientInstrumentation(http => http.EnrichWithHttpRequestMessage = (activity, request) =>
                {
                    if (request.RequestUri is { } address)
                    {
                        activity.SetTag("url.full", UrlRedaction.Redact(address));
                    }
                })
                .AddEntityFrameworkCoreInstrumentation()
                .AddNpgsql());
        if (otlp is not null)
        {
            telemetry.WithLogging().UseOtlpExporter(OpenTelemetry.Exporter.OtlpExportProtocol.Grpc, otlp);
        }

        return builder;
    }

    public static IEndpointRouteBuilder MapTelemetry(this IEndpointRouteBuilder endpoints)
    {
        var options = endpoints.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<TelemetryOptions>>().Value;
        if (options.Prometheus)
        {
            endpoints.MapPrometheusScrapingEndpoint(options.PrometheusPath);
        }

        return endpoints;
    }
}
