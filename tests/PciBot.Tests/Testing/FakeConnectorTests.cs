using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PciBot.Testing;

namespace PciBot.Tests.Testing;

/// <summary>The fake connector answers as Teams does, since the dispatcher's tests rely on it.</summary>
public sealed class FakeConnectorTests
{
    private static readonly JsonObject Card = new() { ["type"] = "message", ["text"] = "hi" };

    [Fact]
    public async Task ThrottlesAConversationOverSevenPerSecondWithRetryAfter()
    {
        await using var connector = await FakeConnector.StartAsync(new FakeConnectorOptions { EnforceConversationLimits = true });
        using var http = new HttpClient();

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 8; i++)
        {
            answers.Add(await http.PostAsJsonAsync(Activities(connector, "a:one"), Card));
        }

        Assert.All(answers.Take(7), a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[7].StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), answers[7].Headers.RetryAfter?.Delta);
        Assert.Equal(7, connector.DeliveriesTo("a:one").Count);
        Assert.Equal(HttpStatusCode.OK, (await http.PostAsJsonAsync(Activities(connector, "a:two"), Card)).StatusCode);
    }

    [Fact]
    public async Task CountsACallMadeInsideAnAnnouncedRetryAfter()
    {
        await using var connector = await FakeConnector.StartAsync(new FakeConnectorOptions { GlobalPerSecond = 1 });
        using var http = new HttpClient();

        Assert.Equal(HttpStatusCode.OK, (await http.PostAsJsonAsync(Activities(connector, "a:one"), Card)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await http.PostAsJsonAsync(Activities(connector, "a:two"), Card)).StatusCode);
        Assert.Equal(0, connector.IgnoredRetryAfter);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await http.PostAsJsonAsync(Activities(connector, "a:two"), Card)).StatusCode);

        Assert.Equal(1, connector.IgnoredRetryAfter);
        Assert.Equal(2, connector.Throttled);
    }

    [Fact]
    public async Task OpensOneConversationPerMemberAndRefusesChosenOnes()
    {
        await using var connector = await FakeConnector.StartAsync();
        connector.Refuse("29:blocked", HttpStatusCode.Forbidden);
        using var http = new HttpClient();

        var first = await CreateAsync(http, connector, "29:a");
        var again = await CreateAsync(http, connector, "29:a");
        var other = await CreateAsync(http, connector, "29:b");
        var blocked = await CreateAsync(http, connector, "29:blocked");

        Assert.Equal((string?)first!["id"], (string?)again!["id"]);
        Assert.NotEqual((string?)first["id"], (string?)other!["id"]);
        Assert.Equal("ConversationBlockedByUser", (string?)blocked!["error"]!["code"]);
        Assert.Equal(2, connector.CallsTo("29:a"));
        Assert.Equal(connector.ConversationOf("29:a"), (string?)first["id"]);
    }

    [Fact]
    public async Task InjectsTheChosenShareOfFaults()
    {
        await using var connector = await FakeConnector.StartAsync(new FakeConnectorOptions { FaultRate = 0.5, Seed = 7 });
        using var http = new HttpClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 200; i++)
        {
            statuses.Add((await http.PostAsJsonAsync(Activities(connector, $"a:{i}"), Card)).StatusCode);
        }

        var faults = statuses.Count(s => s != HttpStatusCode.OK);
        Assert.InRange(faults, 70, 130);
        Assert.Equal(faults, connector.InjectedFaults);
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.Contains(HttpStatusCode.ServiceUnavailable, statuses);
        Assert.Equal(200 - faults, connector.Deliveries.Count);
    }

    [Fact]
    public async Task ATimeoutFaultServesTheCallButHoldsItsAnswer()
    {
        await using var connector = await FakeConnector.StartAsync(new FakeConnectorOptions { FaultRate = 1, Faults = FakeFaults.Timeout, TimeoutHold = TimeSpan.FromSeconds(30) });
        using var http = new HttpClient { Timeout = TimeSpan.FromMilliseconds(300) };

        await Assert.ThrowsAsync<TaskCanceledException>(() => http.PostAsJsonAsync(Activities(connector, "a:one"), Card));

        Assert.Single(connector.DeliveriesTo("a:one"));
    }

    private static Uri Activities(FakeConnector connector, string conversationId) =>
        new($"{connector.ServiceUrl}v3/conversations/{Uri.EscapeDataString(conversationId)}/activities");

    private static async Task<JsonNode?> CreateAsync(HttpClient http, FakeConnector connector, string member)
    {
        var response = await http.PostAsJsonAsync(new Uri($"{connector.ServiceUrl}v3/conversations"), new JsonObject { ["members"] = new JsonArray(new JsonObject { ["id"] = member }) });
        return JsonNode.Parse(await response.Content.ReadAsStringAsync());
    }
}
