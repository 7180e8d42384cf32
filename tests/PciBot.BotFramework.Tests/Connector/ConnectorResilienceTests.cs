using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Time.Testing;
using Polly;
using Polly.Timeout;
using PciBot.BotFramework.Connector;

namespace PciBot.BotFramework.Tests.Connector;

public sealed class ConnectorResilienceTests
{
    private static readonly DateTimeOffset Now = new(2031, 3, 14, 9, 26, 53, TimeSpan.Zero);
    private readonly FakeTimeProvider clock = new(Now);
    private readonly ConnectorOptions options = new() { MaxRetryAfter = TimeSpan.FromSeconds(60) };

    [Fact]
    public void ReadsRetryAfterGivenInSeconds()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(7));

        Assert.Equal(TimeSpan.FromSeconds(7), ConnectorResilience.RetryAfter(response, clock));
    }

    [Fact]
    public void ReadsRetryAfterGivenAsAnHttpDateAgainstTheInjectedClock()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation("Retry-After", Now.AddSeconds(42).ToString("R", System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(TimeSpan.FromSeconds(42), ConnectorResilience.RetryAfter(response, clock));
    }

    [Fact]
    public void TreatsAnHttpDateInThePastAsNoWait()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(Now.AddMinutes(-1));

        Assert.Equal(TimeSpan.Zero, ConnectorResilience.RetryAfter(response, clock));
    }

    [Fact]
    public void HasNoRetryAfterWithoutTheHeader()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);

        Assert.Null(ConnectorResilience.RetryAfter(response, clock));
    }

    [Theory]
    [InlineData(HttpStatusCode.PreconditionFailed, true)]
    [InlineData(HttpStatusCode.TooManyRequests, true)]
    [InlineData(HttpStatusCode.BadGateway, true)]
    [InlineData(HttpStatusCode.ServiceUnavailable, true)]
    [InlineData(HttpStatusCode.GatewayTimeout, true)]
    [InlineData(HttpStatusCode.OK, false)]
    [InlineData(HttpStatusCode.Created, false)]
    [InlineData(HttpStatusCode.BadRequest, false)]
    [InlineData(HttpStatusCode.Unauthorized, false)]
    [InlineData(HttpStatusCode.Forbidden, false)]
    [InlineData(HttpStatusCode.NotFound, false)]
    [InlineData(HttpStatusCode.RequestTimeout, false)]
    [InlineData(HttpStatusCode.InternalServerError, false)]
    public void RetriesOnlyTheAnswersThatMaySucceedLater(HttpStatusCode status, bool retried)
    {
        using var response = new HttpResponseMessage(status);

        Assert.Equal(retried, ConnectorResilience.ShouldRetry(Outcome.FromResult(response), HttpMethod.Post, options, clock));
    }

    [Fact]
    public void DoesNotRetryWhenRetryAfterIsLongerThanTheCap()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(Now.AddSeconds(61));

        Assert.False(ConnectorResilience.ShouldRetry(Outcome.FromResult(response), HttpMethod.Post, options, clock));
    }

    [Fact]
    public void RetriesARequestThatNeverReachedTheService()
    {
        var refused = new HttpRequestException(HttpRequestError.ConnectionError, "refused");

        Assert.True(ConnectorResilience.ShouldRetry(Outcome.FromException<HttpResponseMessage>(refused), HttpMethod.Post, options, clock));
    }

    [Fact]
    public void DoesNotRetryAResponseThatBrokeOff()
    {
        var broken = new HttpRequestException(HttpRequestError.ResponseEnded, "ended");

        Assert.False(ConnectorResilience.ShouldRetry(Outcome.FromException<HttpResponseMessage>(broken), HttpMethod.Post, options, clock));
    }

    [Theory]
    [InlineData("GET", true)]
    [InlineData("PUT", true)]
    [InlineData("POST", false)]
    public void RetriesATimedOutAttemptOnlyWhenTheCallIsSafeToRepeat(string method, bool retried)
    {
        var outcome = Outcome.FromException<HttpResponseMessage>(new TimeoutRejectedException());

        Assert.Equal(retried, ConnectorResilience.ShouldRetry(outcome, new HttpMethod(method), options, clock));
    }
}
