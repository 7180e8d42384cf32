namespace PciBot.Telemetry;

/// <summary>Where metrics, traces and logs go. Nothing is exported unless one of these is set.</summary>
internal sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>An OTLP collector (metrics, traces and logs), e.g. "http://localhost:4317"; the standard OTEL_EXPORTER_OTLP_ENDPOINT works too.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>Serves the metrics for Prometheus to scrape at <see cref="PrometheusPath"/>.</summary>
    public bool Prometheus { get; set; }

    public string PrometheusPath { get; set; } = "/metrics";

    /// <summary>Collects even with no exporter configured, for an exporter added in code (tests).</summary>
    public bool Enabled { get; set; }

    public bool Collects => Enabled || Prometheus || !string.IsNullOrWhiteSpace(OtlpEndpoint);
}
