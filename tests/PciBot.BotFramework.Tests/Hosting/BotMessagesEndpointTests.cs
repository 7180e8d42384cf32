using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using PciBot.BotFramework.Cards;
using PciBot.BotFramework.Schema;
using PciBot.BotFramework.Tests.TestSupport;

namespace PciBot.BotFramework.Tests.Hosting;

public sealed class BotMessagesEndpointTests(TestOpenIdServer server) : IClassFixture<TestOpenIdServer>
{
    private static readonly DateTimeOffset Now = new(2031, 3, 14, 9, 26, 53, TimeSpan.Zero);

    [Fact]
    public async Task AcceptsAnAuthenticatedMessageAndHandsItToTheHandler()
    {
        await using var host = await StartAsync();

        using var response = await PostAsync(host, Fixture.Read("personal-message-with-mention.json"), server.CreateToken(Now));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        var received = Assert.Single(host.Handler.Received);
        Assert.Equal("status Q4", received.RemoveRecipientMention());
    }

    [Fact]
    public async Task AnswersAnEmpty200ToANonInvokeEvenWhenTheHandlerReturnsABody()
    {
        await using var host = await StartAsync(_ => InvokeResponse.Ok(new { ignored = true }));

        using var response = await PostAsync(host, Fixture.Read("installation-update-add.json"), server.CreateToken(Now));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AnswersAnInvokeWithTheHandlersStatusAndJsonBody()
    {
        var answer = AdaptiveCardInvokeResponse.Card(new AdaptiveCard { Body = [new TextBlock("Đã xác nhận") { Weight = TextWeight.Bolder }] });
        await using var host = await StartAsync(activity => activity.GetValue<AdaptiveCardInvokeValue>()?.Action?.Verb == "confirmTask"
            ? InvokeResponse.ForAdaptiveCardAction(answer)
            : null);

        using var response = await PostAsync(host, Fixture.Read("adaptive-card-action.json"), server.CreateToken(Now));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        JsonAssert.Equivalent(JsonAssert.Serialize(answer), JsonNode.Parse(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task PassesTheStatusOfAnInvokeErrorThrough()
    {
        await using var host = await StartAsync(_ => new InvokeResponse { Status = 412, Body = new InvokeError { Code = "PreconditionFailed", Message = "stale" } });

        using var response = await PostAsync(host, Fixture.Read("adaptive-card-action.json"), server.CreateToken(Now));

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        JsonAssert.Equivalent("""{"code":"PreconditionFailed","message":"stale"}""", JsonNode.Parse(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task AnswersAnInvokeTheHandlerDoesNotAnswerWith501()
    {
        await using var host = await StartAsync(_ => null);

        using var response = await PostAsync(host, Fixture.Read("adaptive-card-action.json"), server.CreateToken(Now));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task RejectsARequestWithoutATokenWith401()
    {
        await using var host = await StartAsync();

        using var response = await PostAsync(host, Fixture.Read("personal-message-with-mention.json"), token: null);

        await AssertUnauthorized(response);
        Assert.Empty(host.Handler.Received);
    }

    [Fact]
    public async Task RejectsAnExpiredTokenWithout401DetailsAboutTheToken()
    {
        await using var host = await StartAsync();
        var token = server.CreateToken(Now, notBefore: Now.AddHours(-2), expires: Now.AddHours(-1));

        using var response = await PostAsync(host, Fixture.Read("personal-message-with-mention.json"), token);

        var body = await AssertUnauthorized(response);
        Assert.DoesNotContain("xpired", body, StringComparison.Ordinal);
        Assert.DoesNotContain(token.Split('.')[1][..20], body, StringComparison.Ordinal);
        Assert.Empty(host.Handler.Received);
    }

    [Fact]
    public async Task RejectsAnActivityWhoseServiceUrlDiffersFromTheTokenWith401()
    {
        await using var host = await StartAsync();
        var json = Fixture.ReadNode("personal-message-with-mention.json");
        json["serviceUrl"] = "https://attacker.example/";

        using var response = await PostAsync(host, json.ToJsonString(), server.CreateToken(Now));

        await AssertUnauthorized(response);
        Assert.Empty(host.Handler.Received);
    }

    [Fact]
    public async Task RejectsATokenWithoutServiceUrlClaimWith401()
    {
        await using var host = await StartAsync();

        using var response = await PostAsync(host, Fixture.Read("personal-message-with-mention.json"), server.CreateToken(Now, serviceUrl: null));

        await AssertUnauthorized(response);
    }

    [Fact]
    public async Task RejectsAKeyThatIsNotEndorsedForTheChannelWith401()
    {
        await using var host = await StartAsync();

        using var response = await PostAsync(host, Fixture.Read("personal-message-with-mention.json"), server.CreateToken(Now, key: server.WebChatKey));

        await AssertUnauthorized(response);
        Assert.Empty(host.Handler.Received);
    }

    [Fact]
    public async Task RejectsABodyOverTheLimitByItsContentLengthWith413BeforeLookingAtTheToken()
    {
        await using var host = await StartAsync(maxBodyBytes: 2048);

        using var response = await PostAsync(host, PaddedMessage(4096), token: null);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(host.Handler.Received);
    }

    [Fact]
    public async Task RejectsAnOversizedBodySentWithoutContentLengthWith413()
    {
        await using var host = await StartAsync(maxBodyBytes: 2048);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new UnknownLengthContent(Encoding.UTF8.GetBytes(PaddedMessage(64 * 1024))),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", server.CreateToken(Now));

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(host.Handler.Received);
    }

    [Fact]
    public async Task AcceptsABodyOfExactlyTheLimit()
    {
        await using var host = await StartAsync(maxBodyBytes: 2048);

        using var response = await PostAsync(host, PaddedMessage(2048), server.CreateToken(Now));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("""{"type":"message","from":"29:abc"}""")]
    [InlineData("""{"type":"message","conversation":{"id":42}}""")]
    public async Task RejectsABodyThatIsNotAnActivityWith400(string body)
    {
        await using var host = await StartAsync();

        using var response = await PostAsync(host, body, server.CreateToken(Now));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(host.Handler.Received);
    }

    [Theory]
    [InlineData("type", "'type'")]
    [InlineData("serviceUrl", "'serviceUrl'")]
    [InlineData("channelId", "'channelId'")]
    [InlineData("conversation", "'conversation.id'")]
    [InlineData("from", "'from.id'")]
    public async Task RejectsAnActivityWithoutARequiredFieldWith400(string member, string reason)
    {
        await using var host = await StartAsync();
        var json = Fixture.ReadNode("personal-message-with-mention.json").AsObject();
        json.Remove(member);

        using var response = await PostAsync(host, json.ToJsonString(), server.CreateToken(Now));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/apac/")]
    [InlineData("ftp://smba.trafficmanager.net/apac/")]
    public async Task RejectsAServiceUrlThatIsNotAnAbsoluteHttpUrlWith400(string serviceUrl)
    {
        await using var host = await StartAsync();
        var json = Fixture.ReadNode("personal-message-with-mention.json");
        json["serviceUrl"] = serviceUrl;

        using var response = await PostAsync(host, json.ToJsonString(), server.CreateToken(Now, serviceUrl: serviceUrl));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AcceptsOnlyPost()
    {
        await using var host = await StartAsync();

        using var response = await host.Client.GetAsync(new Uri("/api/messages", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task AnswersAHandlerFailureWith500AndNoDetails()
    {
        await using var host = await StartAsync(_ => throw new InvalidOperationException("database password is hunter2"));

        using var response = await PostAsync(host, Fixture.Read("personal-message-with-mention.json"), server.CreateToken(Now));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("hunter2", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.Contains(host.Logs.Entries, e => e.Exception is InvalidOperationException);
    }

    [Fact]
    public async Task AnswersServiceUnavailableWhenTheSigningKeysCannotBeFetched()
    {
        var settings = BotTestHost.AuthenticatedSettings(server);
        settings["Bot:OpenIdMetadataUrl"] = new Uri(server.BaseAddress, "nothing-here").ToString();
        await using var host = await BotTestHost.StartAsync(settings, timeProvider: new FakeTimeProvider(Now));

        using var response = await PostAsync(host, Fixture.Read("personal-message-with-mention.json"), server.CreateToken(Now));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Empty(host.Handler.Received);
    }

    [Fact]
    public async Task RejectsATokenIssuedForAnotherBotReplayedHereWith401()
    {
        await using var host = await StartAsync();
        var theirs = server.CreateToken(Now, audience: "11111111-2222-3333-4444-555555555555");

        using var response = await PostAsync(host, Fixture.Read("personal-message-with-mention.json"), theirs);

        await AssertUnauthorized(response);
        Assert.Empty(host.Handler.Received);
    }

    [Theory]
    [InlineData("\\ud800x")]
    [InlineData("\\udc00")]
    [InlineData("\\ud83d")]
    public async Task RejectsALoneSurrogateInsideTheInvokeValueWith400(string escaped)
    {
        await using var host = await StartAsync();
        var json = Fixture.Read("adaptive-card-action.json");
        var at = json.IndexOf("\"verb\"", StringComparison.Ordinal);
        Assert.True(at > 0);
        json = json.Insert(at, $"\"note\":\"{escaped}\",");

        using var response = await PostAsync(host, json, server.CreateToken(Now));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(host.Handler.Received);
    }

    [Fact]
    public async Task RejectsBytesThatAreNotUtf8InsideTheInvokeValueWith400()
    {
        await using var host = await StartAsync();
        var bytes = Encoding.UTF8.GetBytes(Fixture.Read("adaptive-card-action.json")).ToList();
        var at = Encoding.UTF8.GetBytes(Fixture.Read("adaptive-card-action.json")).AsSpan().IndexOf("\"verb\": \""u8) + 9;
        Assert.True(at > 9);
        bytes.InsertRange(at, [0xC3, 0x28]);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new ByteArrayContent([.. bytes]) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", server.CreateToken(Now));

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(host.Handler.Received);
    }

    [Fact]
    public async Task NeverLogsTheTokenOrTheMessageText()
    {
        await using var host = await StartAsync();
        var token = server.CreateToken(Now);

        using var accepted = await PostAsync(host, Fixture.Read("personal-message-with-mention.json"), token);
        using var second = await PostAsync(host, Fixture.Read("channel-message.json"), token);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.DoesNotContain(host.Logs.Entries, e => e.Message.Contains(token[..40], StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.Entries, e => e.Message.Contains("status Q4", StringComparison.Ordinal));
    }

    private Task<BotTestHost> StartAsync(Func<Activity, InvokeResponse?>? respond = null, int? maxBodyBytes = null)
    {
        var settings = BotTestHost.AuthenticatedSettings(server);
        if (maxBodyBytes is { } max)
        {
            settings["Bot:MaxRequestBodyBytes"] = max.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return BotTestHost.StartAsync(settings, timeProvider: new FakeTimeProvider(Now), respond: respond);
    }

    private static async Task<HttpResponseMessage> PostAsync(BotTestHost host, string json, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await host.Client.SendAsync(request);
    }

    private static async Task<string> AssertUnauthorized(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(401, JsonDocument.Parse(body).RootElement.GetProperty("status").GetInt32());
        return body;
    }

    /// <summary>The personal message fixture with its text padded so that the UTF-8 body is exactly <paramref name="bytes"/> long.</summary>
    private static string PaddedMessage(int bytes)
    {
        var json = Fixture.ReadNode("personal-message-with-mention.json");
        json["text"] = string.Empty;
        var length = Encoding.UTF8.GetByteCount(json.ToJsonString());
        json["text"] = new string('x', bytes - length);
        var result = json.ToJsonString();
        Assert.Equal(bytes, Encoding.UTF8.GetByteCount(result));
        return result;
    }

    private sealed class UnknownLengthContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
