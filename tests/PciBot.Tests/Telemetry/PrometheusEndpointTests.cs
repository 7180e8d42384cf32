using PciBot.Testing;
using PciBot.Tests.Infrastructure;

namespace PciBot.Tests.Telemetry;

public sealed class PrometheusEndpointTests
{
    [Fact]
    public async Task TheScrapeEndpointShowsTokenRefusalsByReasonWhenItIsTurnedOn()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var issuer = await TokenIssuer.StartAsync();
        var settings = new Dictionary<string, string?>(issuer.BotSettings) { ["Telemetry:Prometheus"] = "true" };
        await using var app = PciBotApp.Create(settings: settings);
        var client = app.CreateClient();

        var refused = await client.PostAsync("/api/messages", new StringContent(Activities.PersonalMessage(connector.ServiceUrl, "giúp").ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        var scrape = await client.GetStringAsync("/metrics");

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("botframework_requests_refused_total{", scrape, StringComparison.Ordinal);
        Assert.Contains("http_response_status_code=\"401\"", scrape, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithTelemetryOffThereIsNoScrapeEndpoint()
    {
        await using var app = PciBotApp.Create();

        var response = await app.CreateClient().GetAsync("/metrics");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
