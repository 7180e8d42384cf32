using Stopwatch = System.Diagnostics.Stopwatch;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Polly.Timeout;
using PciBot.BotFramework.Connector;
using PciBot.BotFramework.Schema;
using PciBot.BotFramework.Tests.TestSupport;

namespace PciBot.BotFramework.Tests.Connector;

public sealed class ConnectorClientTests : IAsyncLifetime
{
    private const string ChannelThread = "19:8d2f0c1e4b6a4f3e9a7c5b1d0e2f3a4b@thread.tacv2;messageid=1730861900001";
    private const string EscapedChannelThread = "19%3A8d2f0c1e4b6a4f3e9a7c5b1d0e2f3a4b%40thread.tacv2%3Bmessageid%3D1730861900001";

    private readonly FixedTokenProvider tokens = new("test-token");
    private FakeConnectorServer server = null!;

    private string ServiceUrl => server.BaseAddress.ToString();

    public async Task InitializeAsync() => server = await FakeConnectorServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task SendsToTheActivitiesOfTheConversationWithAnEscapedIdAndTheBotsToken()
    {
        using var host = ConnectorTestHost.Build(tokens);

        var response = await host.Client().SendToConversationAsync(ServiceUrl, ChannelThread, Activity.CreateMessage("Nhắc việc"), CancellationToken.None);

        Assert.Equal("activity-1", response.Id);
        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedChannelThread}/activities", request.RawTarget);
        Assert.Equal("Bearer test-token", request.Authorization);
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        JsonAssert.Equivalent("""{"type":"message","text":"Nhắc việc"}""", JsonNode.Parse(request.Body));
    }

    [Fact]
    public async Task RepliesToAnActivityByPostingUnderItsId()
    {
        using var host = ConnectorTestHost.Build(tokens);

        await host.Client().ReplyToActivityAsync(ServiceUrl, ChannelThread, "1730861900001", Activity.CreateMessage("ok"), CancellationToken.None);

        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedChannelThread}/activities/1730861900001", request.RawTarget);
    }

    [Fact]
    public async Task UpdatesAnActivityWithPut()
    {
        using var host = ConnectorTestHost.Build(tokens);

        var response = await host.Client().UpdateActivityAsync(ServiceUrl, "a:1qhN;x", "1:1Lk9/Jh7", Activity.CreateMessage("v2"), CancellationToken.None);

        Assert.Equal("activity-1", response.Id);
        var request = Assert.Single(server.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal("/v3/conversations/a%3A1qhN%3Bx/activities/1%3A1Lk9%2FJh7", request.RawTarget);
        Assert.Equal("Bearer test-token", request.Authorization);
    }

    [Fact]
    public async Task CreatesAPersonalConversationForAProactiveMessage()
    {
        server.Answer(new ScriptedAnswer(201, """{"id":"a:1qhNnewconversation"}"""));
        using var host = ConnectorTestHost.Build(tokens);
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = "28:0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d" },
            Members = [new ChannelAccount { Id = "29:1XaYkqZ3p8nQfVbW0u" }],
            TenantId = "3c9e1f2a-7b4d-4e8a-b6c5-0d1f2e3a4b5c",
            ChannelData = new TeamsChannelData { Tenant = new TenantInfo { Id = "3c9e1f2a-7b4d-4e8a-b6c5-0d1f2e3a4b5c" } },
        };

        var response = await host.Client().CreateConversationAsync(ServiceUrl, parameters, CancellationToken.None);

        Assert.Equal("a:1qhNnewconversation", response.Id);
        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v3/conversations", request.RawTarget);
        JsonAssert.Equivalent(
            """
            {"isGroup":false,"bot":{"id":"28:0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d"},"members":[{"id":"29:1XaYkqZ3p8nQfVbW0u"}],
             "tenantId":"3c9e1f2a-7b4d-4e8a-b6c5-0d1f2e3a4b5c","channelData":{"tenant":{"id":"3c9e1f2a-7b4d-4e8a-b6c5-0d1f2e3a4b5c"}}}
            """,
            JsonNode.Parse(request.Body));
    }

    [Fact]
    public async Task GetsAMemberOfTheConversation()
    {
        server.Answer(new ScriptedAnswer(200, """{"id":"29:1XaYkqZ3p8nQfVbW0u","name":"Nguyễn Văn An","aadObjectId":"6f0b2d4e","email":"an@example.org","userRole":"user"}"""));
        using var host = ConnectorTestHost.Build(tokens);

        var member = await host.Client().GetMemberAsync(ServiceUrl, "a:1qhN", "29:1XaYkqZ3p8nQfVbW0u", CancellationToken.None);

        Assert.Equal("Nguyễn Văn An", member.Name);
        Assert.Equal("6f0b2d4e", member.AadObjectId);
        Assert.Equal("an@example.org", member.Properties?["email"].GetString());
        var request = Assert.Single(server.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal("/v3/conversations/a%3A1qhN/members/29%3A1XaYkqZ3p8nQfVbW0u", request.RawTarget);
        Assert.Equal(string.Empty, request.Body);
    }

    [Fact]
    public async Task FindsATeamMemberByUserPrincipalNameAndSaysNotFoundForSomeoneOutsideTheTeamWithoutRetrying()
    {
        server.Answer(new ScriptedAnswer(200, """{"id":"29:1Head","name":"Trần Văn Trưởng","aadObjectId":"6f0b2d4e-0000-0000-0000-000000000001","userPrincipalName":"truong@example.gov.vn"}"""));
        server.Answer(new ScriptedAnswer(404, """{"error":{"code":"MemberNotFoundInConversation","message":"The member is not part of the conversation."}}"""));
        using var host = ConnectorTestHost.Build(tokens);

        var member = await host.Client().GetMemberAsync(ServiceUrl, "19:team@thread.tacv2", "truong@example.gov.vn", CancellationToken.None);
        var outside = await Assert.ThrowsAsync<ConnectorException>(() => host.Client().GetMemberAsync(ServiceUrl, "19:team@thread.tacv2", "khach@example.gov.vn", CancellationToken.None));

        Assert.Equal(("29:1Head", "6f0b2d4e-0000-0000-0000-000000000001"), (member.Id, member.AadObjectId));
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        Assert.Equal(
            ["/v3/conversations/19%3Ateam%40thread.tacv2/members/truong%40example.gov.vn", "/v3/conversations/19%3Ateam%40thread.tacv2/members/khach%40example.gov.vn"],
            server.Requests.Select(r => r.RawTarget).ToArray());
    }

    [Theory]
    [InlineData("userPrincipalName")]
    [InlineData("userPrincipleName")]
    public async Task ReadsAMembersUserPrincipalNameAsTeamsAndAgentsPlaygroundSpellIt(string member)
    {
        server.Answer(new ScriptedAnswer(200, $$"""{"id":"user-id-0","name":"Alex Wilber","aadObjectId":"00000000-0000-0000-0000-0000000000020","{{member}}":"alexw@example.com"}"""));
        using var host = ConnectorTestHost.Build(tokens);

        var account = await host.Client().GetMemberAsync(ServiceUrl, "a:1", "user-id-0", CancellationToken.None);

        Assert.Equal("alexw@example.com", account.UserPrincipalName);
    }

    [Theory]
    [InlineData("", "/v3/conversations/a%3A1/activities")]
    [InlineData("teams/", "/teams/v3/conversations/a%3A1/activities")]
    [InlineData("teams", "/teams/v3/conversations/a%3A1/activities")]
    [InlineData("_connector", "/_connector/v3/conversations/a%3A1/activities")]
    public async Task KeepsThePathOfTheServiceUrlWithOrWithoutATrailingSlash(string path, string expectedTarget)
    {
        using var host = ConnectorTestHost.Build(tokens);
        var serviceUrl = server.BaseAddress.GetLeftPart(UriPartial.Authority) + "/" + path;

        await host.Client().SendToConversationAsync(serviceUrl, "a:1", Activity.CreateMessage("x"), CancellationToken.None);

        Assert.Equal(expectedTarget, Assert.Single(server.Requests).RawTarget);
    }

    [Fact]
    public async Task SendsNoAuthorizationHeaderWithoutAToken()
    {
        using var host = ConnectorTestHost.Build(new FixedTokenProvider(null));

        await host.Client().SendToConversationAsync(ServiceUrl, "a:1", Activity.CreateMessage("x"), CancellationToken.None);

        Assert.Null(Assert.Single(server.Requests).Authorization);
    }

    [Fact]
    public async Task WaitsAsLongAsRetryAfterSaysBeforeRetryingAThrottledSend()
    {
        server.Answer(new ScriptedAnswer(429, """{"error":{"code":"Throttled","message":"slow down"}}""", RetryAfter: "1"));
        using var host = ConnectorTestHost.Build(tokens);

        var response = await host.Client().SendToConversationAsync(ServiceUrl, "a:1", Activity.CreateMessage("x"), CancellationToken.None);

        Assert.Equal("activity-2", response.Id);
        var requests = server.Requests;
        Assert.Equal(2, requests.Count);
        var waited = Stopwatch.GetElapsedTime(requests[0].ArrivedAt, requests[1].ArrivedAt);
        Assert.True(waited >= TimeSpan.FromSeconds(1), $"The retry came after {waited}, before the Retry-After of 1 s had passed.");
        Assert.True(waited < TimeSpan.FromSeconds(10), $"The retry came after {waited}.");
    }

    [Fact]
    public async Task WaitsForRetryAfterInRealTimeWhenTheHostsClockStandsStill()
    {
        server.Answer(new ScriptedAnswer(429, """{"error":{"code":"Throttled","message":"slow down"}}""", RetryAfter: "1"));
        using var host = ConnectorTestHost.Build(tokens, hostClock: new FakeTimeProvider(new DateTimeOffset(2023, 12, 11, 1, 0, 0, TimeSpan.Zero)));

        var response = await host.Client().SendToConversationAsync(ServiceUrl, "a:1", Activity.CreateMessage("x"), CancellationToken.None)
            .WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("activity-2", response.Id);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task ReadsARetryAfterDateAgainstRealTimeWhenTheHostsClockStandsStill()
    {
        var until = TimeProvider.System.GetUtcNow().AddSeconds(120).ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        server.Answer(new ScriptedAnswer(429, """{"error":{"code":"Throttled","message":"slow down"}}""", RetryAfter: until));
        using var host = ConnectorTestHost.Build(tokens, hostClock: new FakeTimeProvider(new DateTimeOffset(2023, 12, 11, 1, 0, 0, TimeSpan.Zero)));

        var exception = await Assert.ThrowsAsync<ConnectorException>(
            () => host.Client().SendToConversationAsync(ServiceUrl, "a:1", Activity.CreateMessage("x"), CancellationToken.None));

        Assert.InRange(exception.RetryAfter!.Value, TimeSpan.FromSeconds(100), TimeSpan.FromSeconds(121));
    }

    [Fact]
    public async Task DoesNotWaitForARetryAfterLongerThanTheCapAndReportsIt()
    {
        server.Answer(new ScriptedAnswer(429, """{"error":{"code":"Throttled","message":"slow down"}}""", RetryAfter: "120"));
        using var host = ConnectorTestHost.Build(tokens);

        var exception = await Assert.ThrowsAsync<ConnectorException>(
            () => host.Client().SendToConversationAsync(ServiceUrl, "a:1", Activity.CreateMessage("x"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.TooManyRequests, exception.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(120), exception.RetryAfter);
        Assert.Equal("Throttled", exception.ErrorCode);
        Assert.True(exception.IsTransient);
        Assert.Single(server.Requests);
    }

    [Theory]
    [InlineData(412)]
    [InlineData(429)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task RetriesATransientFailureAndThenSucceeds(int status)
    {
        server.Answer(new ScriptedAnswer(status));
        using var host = ConnectorTestHost.Build(tokens);

        var response = await host.Client().SendToConversationAsync(ServiceUrl, "a:1", Activity.CreateMessage("x"), CancellationToken.None);

        Assert.Equal("activity-2", response.Id);
        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(server.Requests[0].Body, server.Requests[1].Body);
    }

    [Fact]
    public async Task GivesUpAfterTheConfiguredNumberOfRetries()
    {
        server.Answer(Enumerable.Repeat(new ScriptedAnswer(503), 10).ToArray());
        using var host = ConnectorTestHost.Build(tokens, new Dictionary<string, string?> { ["Bot:Connector:MaxRetryAttempts"] = "2" });

        var exception = await Assert.ThrowsAsync<ConnectorException>(
            () => host.Client().SendToConversationAsync(ServiceUrl, "a:1", Activity.CreateMessage("x"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, exception.StatusCode);
        Assert.True(exception.IsTransient);
        Assert.Equal(3, server.Requests.Count);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(413)]
    [InlineData(500)]
    public async Task DoesNotRetryAFailureThatWouldRepeat(int status)
    {
        server.Answer(new ScriptedAnswer(status));
        using var host = ConnectorTestHost.Build(tokens);

        var exception = await Assert.ThrowsAsync<ConnectorException>(
            () => host.Client().SendToConversationAsync(ServiceUrl, "a:1", Activity.CreateMessage("x"), CancellationToken.None));

        Assert.Equal((HttpStatusCode)status, exception.StatusCode);
        Assert.False(exception.IsTransient);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task ReportsTheErrorCodeOfABlockedConversation()
    {
        server.Answer(new ScriptedAnswer(403, """{"error":{"code":"ConversationBlockedByUser","message":"User blocked the conversation with the bot."}}"""));
        using var host = ConnectorTestHost.Build(tokens);

        var exception = await Assert.ThrowsAsync<ConnectorException>(
            () => host.Client().SendToConversationAsync(ServiceUrl, "a:1", Activity.CreateMessage("x"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, exception.StatusCode);
        Assert.Equal("ConversationBlockedByUser", exception.ErrorCode);
        Assert.Equal("User blocked the conversation with the bot.", exception.ErrorMessage);
        Assert.Null(exception.RetryAfter);
        Assert.Contains("ConversationBlockedByUser", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ToleratesAnErrorBodyThatIsNotJson()
    {
        server.Answer(new ScriptedAnswer(404, "<html>Not Found</html>"));
        using var host = ConnectorTestHost.Build(tokens);

        var exception = await Assert.ThrowsAsync<ConnectorException>(
            () => host.Client().SendToConversationAsync(ServiceUrl, "a:1", Activity.CreateMessage("x"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.NotFound, exception.StatusCode);
        Assert.Null(exception.ErrorCode);
    }

    [Theory]
    [InlineData(200, """{"id":"1730862012999"}""")]
    [InlineData(201, """{"id":"1730862012999"}""")]
    [InlineData(202, null)]
    [InlineData(200, "not json")]
    public async Task PostsASuccessfulSendExactlyOnce(int status, string? body)
    {
        server.Answer(new ScriptedAnswer(status, body));
        using var host = ConnectorTestHost.Build(tokens);

        await host.Client().SendToConversationAsync(ServiceUrl, "a:1", Activity.CreateMessage("x"), CancellationToken.None);

        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task AsksForTheTokenOnEveryAttempt()
    {
        server.Answer(new ScriptedAnswer(503));
        using var host = ConnectorTestHost.Build(tokens);

        await host.Client().SendToConversationAsync(ServiceUrl, "a:1", Activity.CreateMessage("x"), CancellationToken.None);

        Assert.Equal(2, tokens.Calls);
        Assert.All(server.Requests, r => Assert.Equal("Bearer test-token", r.Authorization));
    }

    [Fact]
    public async Task DoesNotRepeatAPostWhoseAttemptTimedOut()
    {
        server.Answer(new ScriptedAnswer(200, Hang: true));
        using var host = ConnectorTestHost.Build(tokens, new Dictionary<string, string?> { ["Bot:Connector:AttemptTimeout"] = "00:00:00.300" });

        await Assert.ThrowsAsync<TimeoutRejectedException>(
            () => host.Client().SendToConversationAsync(ServiceUrl, "a:1", Activity.CreateMessage("x"), CancellationToken.None));

        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task RepeatsAReadWhoseAttemptTimedOut()
    {
        server.Answer(new ScriptedAnswer(200, Hang: true), new ScriptedAnswer(200, """{"id":"29:1","name":"An"}"""));
        using var host = ConnectorTestHost.Build(tokens, new Dictionary<string, string?> { ["Bot:Connector:AttemptTimeout"] = "00:00:00.300" });

        var member = await host.Client().GetMemberAsync(ServiceUrl, "a:1", "29:1", CancellationToken.None);

        Assert.Equal("An", member.Name);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task RefusesToSendTheTokenOverPlainHttpToAnotherHost()
    {
        using var host = ConnectorTestHost.Build(tokens);

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => host.Client().SendToConversationAsync("http://smba.example.invalid/teams/", "a:1", Activity.CreateMessage("x"), CancellationToken.None));
    }

    [Theory]
    [InlineData("/teams/")]
    [InlineData("smba.trafficmanager.net/teams/")]
    [InlineData("file:///etc/passwd")]
    [InlineData("https://smba.trafficmanager.net/teams/?x=1")]
    public async Task RejectsAServiceUrlThatIsNotAnAbsoluteHttpUrl(string serviceUrl)
    {
        using var host = ConnectorTestHost.Build(tokens);

        await Assert.ThrowsAsync<ArgumentException>(
            () => host.Client().SendToConversationAsync(serviceUrl, "a:1", Activity.CreateMessage("x"), CancellationToken.None));
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task WritesTheActivityWithTheSharedJsonOptions()
    {
        using var host = ConnectorTestHost.Build(tokens);
        var activity = Activity.CreateMessage("x");
        activity.Timestamp = new DateTimeOffset(2024, 11, 5, 2, 14, 37, TimeSpan.Zero);

        await host.Client().SendToConversationAsync(ServiceUrl, "a:1", activity, CancellationToken.None);

        using var body = JsonDocument.Parse(Assert.Single(server.Requests).Body);
        Assert.Equal("2024-11-05T02:14:37Z", body.RootElement.GetProperty("timestamp").GetString());
        Assert.False(body.RootElement.TryGetProperty("attachments", out _));
    }
}
