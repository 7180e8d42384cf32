using System.Diagnostics.Metrics;

namespace PciBot.BotFramework.Hosting;

/// <summary>What the protocol layer counts, on the meter <see cref="MeterName"/>; nothing personal is tagged.</summary>
public sealed class BotFrameworkMetrics
{
    /// <summary>The meter's name, for an exporter to listen to.</summary>
    public const string MeterName = "PciBot.BotFramework";

    private readonly Counter<long> refusals;

    /// <summary>Creates the instruments on a meter from <paramref name="meters"/>.</summary>
    public BotFrameworkMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        refusals = meter.CreateCounter<long>("botframework.requests.refused", "{request}", "Requests to the messaging endpoint refused, by status and reason (e.g. 401 and the token check that failed).");
    }

    /// <summary>Counts one request refused with <paramref name="status"/> for <paramref name="reason"/> (never the request's content).</summary>
    public void Refused(int status, string reason) =>
        refusals.Add(1, new KeyValuePair<string, object?>("http.response.status_code", status), new KeyValuePair<string, object?>("reason", reason));
}
