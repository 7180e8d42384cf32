using System.Diagnostics;

namespace PciBot.Telemetry;

/// <summary>The spans PciBot starts itself: the answer to a message (after the 200), a schedule's fire and each outbox send.</summary>
internal static class PciBotTracing
{
    public const string SourceName = "PciBot";

    public static ActivitySource Source { get; } = new(SourceName);

    /// <summary>A span continuing the trace <paramref name="parent"/> (a W3C traceparent) was part of, or a new trace.</summary>
    public static Activity? StartUnder(string name, string? parent, ActivityKind kind = ActivityKind.Internal) =>
        Source.StartActivity(name, kind, ActivityContext.TryParse(parent, null, out var context) ? context : default);

    /// <summary>The current span as a W3C traceparent, to carry over to work done later.</summary>
    public static string? Current => Activity.Current?.Id is { } id && Activity.Current.IdFormat == ActivityIdFormat.W3C ? id : null;
}
