using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace PciBot.BotFramework.Connector;

/// <summary>
/// The retry pipeline of the Bot Connector client: a total timeout around retries around a per-attempt timeout.
/// Retries 412, 429, 502, 503 and 504 with exponential backoff and jitter, waits for <c>Retry-After</c> (seconds or
/// an HTTP date) when the service sends one, and never retries 400, 401, 403, 404 or 500. No hedging: a message must
/// not be posted twice.
/// </summary>
internal static class ConnectorResilience
{
    public const string PipelineName = "bot-connector";

    /// <summary>
    /// Added to a <c>Retry-After</c> wait. Timers run on coarse system ticks and may fire a few milliseconds early, and
    /// a call that arrives before the wait has passed is throttled again.
    /// </summary>
    public static readonly TimeSpan RetryAfterSlack = TimeSpan.FromMilliseconds(50);

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context)
    {
        var services = context.ServiceProvider;
        var options = services.GetRequiredService<IOptions<ConnectorOptions>>().Value;
        var timeProvider = services.GetRequiredKeyedService<TimeProvider>(ConnectorOptions.ClockKey);
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ConnectorClient).FullName!);

        builder.TimeProvider = timeProvider;
        builder.AddTimeout(options.TotalTimeout);
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                ShouldHandle = args => ValueTask.FromResult(
                    ShouldRetry(args.Outcome, args.Context.GetRequestMessage()?.Method, options, timeProvider)),
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Result is { } response && RetryAfter(response, timeProvider) is { } wait ? wait + RetryAfterSlack : (TimeSpan?)null),
                OnRetry = args =>
                {
                    ConnectorLog.Retrying(
                        logger,
                        args.Context.GetRequestMessage()?.Method.Method,
                        (int?)args.Outcome.Result?.StatusCode,
                        args.Outcome.Exception?.GetType().Name,
                        args.RetryDelay,
                        args.AttemptNumber + 1);
                    return ValueTask.CompletedTask;
                },
            });
        }

        builder.AddTimeout(options.AttemptTimeout);
    }

    /// <summary>The answers worth trying again: 412, 429, 502, 503, 504.</summary>
    public static bool IsTransient(HttpStatusCode statusCode) => statusCode is HttpStatusCode.PreconditionFailed
        or HttpStatusCode.TooManyRequests
        or HttpStatusCode.BadGateway
        or HttpStatusCode.ServiceUnavailable
        or HttpStatusCode.GatewayTimeout;

    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, HttpMethod? method, ConnectorOptions options, TimeProvider timeProvider)
    {
        if (outcome.Result is { } response)
        {
            return IsTransient(response.StatusCode)
                && (RetryAfter(response, timeProvider) is not { } wait || wait <= options.MaxRetryAfter);
        }

        return outcome.Exception switch
        {
            // The request never reached the service.
            HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError } => true,

            // A timed-out attempt may still have been delivered, so only calls that are safe to repeat are repeated.
            TimeoutRejectedException => method == HttpMethod.Get || method == HttpMethod.Put,
            _ => false,
        };
    }

    /// <summary>The wait the <c>Retry-After</c> header asks for (never negative), or <see langword="null"/> without one.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider timeProvider)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - timeProvider.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
