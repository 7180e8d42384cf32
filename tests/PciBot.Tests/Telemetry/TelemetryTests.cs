using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using PciBot.Outbox;
using PciBot.Testing;
using PciBot.Tests.Infrastructure;
using PciBot.Tests.Reminders;

namespace PciBot.Tests.Telemetry;

/// <summary>The real instruments and spans, read through OpenTelemetry's in-memory exporter after a conversation and a fan-out.</summary>
[Collection(HeavyTests.Name)]
public sealed class TelemetryTests
{
    private const string Person = "29:telemetry-user";
    private const string Said = "việc đến hạn quý này của phòng CNTTBCVT";

    [Fact]
    public async Task AConversationAndAFanOutShowInTheMetricsAndTracesWithoutAnythingPersonal()
    {
        var metrics = new List<Metric>();
        var spans = new List<Activity>();
        await using var connector = await FakeConnector.StartAsync();
        await using var app = PciBotApp.Create(now: ReminderDeliveryTests.BeforeQ4Reminder, settings: Dispatching.Settings(connector, more: new Dictionary<string, string?>
        {
            ["Telemetry:Enabled"] = "true",
        }), services: services => services
            .ConfigureOpenTelemetryMeterProvider(m => m.AddInMemoryExporter(metrics))
            .ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(spans)));
        await app.WithDbAsync(db => TestPeople.ManyAsync(db, 12, ReminderDeliveryTests.Staffed, connector.ServiceUrl, ReminderDeliveryTests.BeforeQ4Reminder));

        await app.PostActivityAsync(Activities.PersonalMessage(connector.ServiceUrl, Said, userId: Person, aadObjectId: "aad-telemetry", id: "tm-1"));
        await app.PostActivityAsync(Activities.PersonalMessage(connector.ServiceUrl, "giúp", userId: Person, aadObjectId: "aad-telemetry", id: "tm-2"));
        await connector.WaitForCallsAsync(2);
        app.Clock.Advance(ReminderDeliveryTests.AtQ4Reminder - ReminderDeliveryTests.BeforeQ4Reminder);
        await Dispatching.SchedulesFiredAsync(app);
        var rows = await Dispatching.DrainedAsync(app, TimeSpan.FromSeconds(60), atLeast: 12);
        app.Services.GetRequiredService<MeterProvider>().ForceFlush();
        app.Services.GetRequiredService<TracerProvider>().ForceFlush();

        var received = Points(metrics, "pcibot.messages.received");
        Assert.Equal(2, received.Where(p => Tag(p, "activity.type") == "message").Sum(p => p.GetSumLong()));
        Assert.Equal(2, Points(metrics, "pcibot.messages.answered").Where(p => Tag(p, "outcome") == "answered").Sum(p => p.GetSumLong()));
        Assert.Equal(2, Points(metrics, "pcibot.messages.answer.duration").Sum(p => p.GetHistogramCount()));
        var sent = rows.Count(r => r.Status == OutboxStatus.Sent);
        var outbox = Points(metrics, "pcibot.outbox.rows");
        Assert.Equal(rows.Count, outbox.Where(p => Tag(p, "outcome") == "queued").Sum(p => p.GetSumLong()));
        Assert.Equal(sent, outbox.Where(p => Tag(p, "outcome") == "sent").Sum(p => p.GetSumLong()));
        Assert.Contains(outbox, p => Tag(p, "kind") == rows[0].Kind.Name);
        Assert.Contains(Points(metrics, "pcibot.schedules.fires"), p => Tag(p, "schedule") == "quarterly");
        Assert.NotEmpty(Points(metrics, "pcibot.incoming.queue.depth"));
        Assert.NotEmpty(Points(metrics, "pcibot.outbox.lag"));

        var answer = spans.First(s => s.OperationName == "pcibot.answer");
        var request = spans.Single(s => s.SpanId == answer.ParentSpanId);
        Assert.Equal(ActivityKind.Server, request.Kind);
        Assert.Contains(spans, s => s.ParentSpanId == answer.SpanId && s.Kind == ActivityKind.Client && (s.GetTagItem("url.full") as string)?.Contains("/teams/v3/conversations/{id}/activities/{id}", StringComparison.Ordinal) == true);
        var fires = spans.Where(s => s.OperationName == "pcibot.schedule.fire").ToList();
        Assert.Contains(fires, f => (string?)f.GetTagItem("pcibot.schedule") == "quarterly");
        var sends = spans.Where(s => s.OperationName == "pcibot.outbox.send").ToList();
        Assert.True(sends.Count >= sent, $"{sends.Count} send spans for {sent} rows sent");
        Assert.All(sends, send => Assert.Contains(fires, f => f.TraceId == send.TraceId && f.SpanId == send.ParentSpanId));

        // The fake connector runs in this process: its server spans are Teams' side, not the bot's.
        var connectorPort = new Uri(connector.ServiceUrl).Port;
        var everything = spans.Where(s => s.Kind != ActivityKind.Server || s.GetTagItem("server.port") as int? != connectorPort).SelectMany(s => s.TagObjects.Select(t => $"{t.Key}={t.Value}"))
            .Concat(metrics.SelectMany(m => Points(metrics, m.Name)).SelectMany(p => Tags(p)))
            .ToList();
        Assert.DoesNotContain(everything, t => t.Contains(Person, StringComparison.Ordinal) || t.Contains("CNTTBCVT", StringComparison.Ordinal) || t.Contains("aad-telemetry", StringComparison.Ordinal));
    }

    private static List<MetricPoint> Points(List<Metric> metrics, string name)
    {
        var points = new List<MetricPoint>();
        foreach (var metric in metrics.Where(m => m.Name == name))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                points.Add(point);
            }
        }

        return points;
    }

    private static string? Tag(MetricPoint point, string key) => Tags(point).Select(t => t.Split('=', 2)).Where(t => t[0] == key).Select(t => t[1]).FirstOrDefault();

    private static List<string> Tags(MetricPoint point)
    {
        var tags = new List<string>();
        foreach (var tag in point.Tags)
        {
            tags.Add($"{tag.Key}={tag.Value}");
        }

        return tags;
    }
}
