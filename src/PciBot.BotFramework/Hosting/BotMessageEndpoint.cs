using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using PciBot.BotFramework.Authentication;
using PciBot.BotFramework.Schema;

namespace PciBot.BotFramework.Hosting;

/// <summary>
/// <c>POST /api/messages</c>: size limit, token, activity shape, <c>serviceurl</c> claim and endorsement, then the
/// host's <see cref="IActivityHandler"/>.
/// </summary>
internal sealed class BotMessageEndpoint(
    IOptions<BotFrameworkOptions> options,
    IHostEnvironment environment,
    BotTokenValidator validator,
    BotFrameworkMetrics metrics,
    ILogger<BotMessageEndpoint> logger)
{
    private const int ReadChunkBytes = 16 * 1024;

    private readonly BotFrameworkOptions options = options.Value;

    public async Task<IResult> HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var ct = context.RequestAborted;
        var maxBytes = options.MaxRequestBodyBytes;

        if (request.ContentLength > maxBytes)
        {
            return Reject(StatusCodes.Status413PayloadTooLarge, "Payload Too Large", $"The body is larger than {maxBytes} bytes.");
        }

        BotTokenValidationResult? token = null;
        string? authorization = request.Headers.Authorization;
        if (!(string.IsNullOrEmpty(authorization) && options.IsAnonymous && environment.IsDevelopment()))
        {
            token = await validator.ValidateTokenAsync(authorization, ct);
            if (!token.IsValid)
            {
                return Unauthenticated(context, token.Failure);
            }
        }

        var body = await ReadBodyAsync(request, maxBytes, ct);
        if (body is null)
        {
            return Reject(StatusCodes.Status413PayloadTooLarge, "Payload Too Large", $"The body is larger than {maxBytes} bytes.");
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body.WrittenSpan, BotJson.Options);
        }
        catch (JsonException exception)
        {
            var where = exception.Path is { Length: > 1 } path ? $" (at {path})" : string.Empty;
            return Reject(StatusCodes.Status400BadRequest, "Bad Request", $"The body is not a valid activity{where}.");
        }

        if (activity is null)
        {
            return Reject(StatusCodes.Status400BadRequest, "Bad Request", "The body is not a valid activity.");
        }

        if (HasUndecodableText(body.WrittenSpan))
        {
            return Reject(StatusCodes.Status400BadRequest, "Bad Request", "The body is not valid UTF-8 JSON text.");
        }

        if (ActivityValidator.FindProblem(activity) is { } problem)
        {
            return Reject(StatusCodes.Status400BadRequest, "Bad Request", problem);
        }

        if (token is not null && token.ForActivity(activity) is { IsValid: false } forActivity)
        {
            return Unauthenticated(context, forActivity.Failure);
        }

        HostingLog.Received(logger, activity.Type, activity.Id, activity.ChannelId);
        return await DispatchAsync(context, activity, ct);
    }

    private async Task<IResult> DispatchAsync(HttpContext context, Activity activity, CancellationToken ct)
    {
        InvokeResponse? response;
        try
        {
            var handler = context.RequestServices.GetRequiredService<IActivityHandler>();
            response = await handler.HandleAsync(activity, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            HostingLog.RequestAborted(logger, activity.Type, activity.Id);
            return TypedResults.StatusCode(StatusCodes.Status499ClientClosedRequest);
        }
        catch (Exception exception)
        {
            HostingLog.HandlerFailed(logger, activity.Type, activity.Id, exception);
            return TypedResults.Problem(
                statusCode: StatusCodes.Status500InternalServerError,
                title: "Internal Server Error",
                detail: "The activity could not be handled.");
        }

        if (!string.Equals(activity.Type, ActivityTypes.Invoke, StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Ok();
        }

        if (response is null)
        {
            HostingLog.InvokeNotHandled(logger, activity.Name);
            return TypedResults.StatusCode(StatusCodes.Status501NotImplemented);
        }

        if (response.Status is < 200 or > 599)
        {
            HostingLog.InvalidInvokeStatus(logger, activity.Name, response.Status);
            return TypedResults.Problem(
                statusCode: StatusCodes.Status500InternalServerError,
                title: "Internal Server Error",
                detail: "The activity could not be handled.");
        }

        return response.Body is null
            ? TypedResults.StatusCode(response.Status)
            : TypedResults.Json(response.Body, BotJson.Options, contentType: null, statusCode: response.Status);
    }

    private ProblemHttpResult Unauthenticated(HttpContext context, BotAuthenticationFailure failure)
    {
        if (failure == BotAuthenticationFailure.MetadataUnavailable)
        {
            return Reject(
                StatusCodes.Status503ServiceUnavailable, "Service Unavailable", "The bot cannot check tokens at the moment.", failure.ToString());
        }

        context.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
        return Reject(StatusCodes.Status401Unauthorized, "Unauthorized", "The request is not authenticated.", failure.ToString());
    }

    private ProblemHttpResult Reject(int statusCode, string title, string detail, string? reasonForLog = null)
    {
        HostingLog.Rejected(logger, statusCode, reasonForLog ?? detail);
        metrics.Refused(statusCode, reasonForLog ?? title);
        return TypedResults.Problem(statusCode: statusCode, title: title, detail: detail);
    }

    /// <summary>
    /// Whether some string in the body cannot be decoded: bytes that are not UTF-8, or an escaped lone surrogate.
    /// Deserializing checks only the strings it decodes; parts kept as <see cref="JsonElement"/> (an invoke's
    /// <c>value</c>, <c>channelData</c>) are decoded later, where such text would throw instead of being refused.
    /// </summary>
    private static bool HasUndecodableText(ReadOnlySpan<byte> body)
    {
        if (!System.Text.Unicode.Utf8.IsValid(body))
        {
            return true;
        }

        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = BotJson.MaxDepth });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped)
                {
                    _ = reader.GetString();
                }
            }
        }
        catch (Exception e) when (e is InvalidOperationException or JsonException)
        {
            return true;
        }

        return false;
    }

    /// <summary>The body, or <see langword="null"/> as soon as it exceeds <paramref name="maxBytes"/>, whatever Content-Length said.</summary>
    private static async Task<ArrayBufferWriter<byte>?> ReadBodyAsync(HttpRequest request, int maxBytes, CancellationToken ct)
    {
        var initialCapacity = (int)Math.Clamp(request.ContentLength ?? ReadChunkBytes, 1, maxBytes);
        var buffer = new ArrayBufferWriter<byte>(initialCapacity);
        while (true)
        {
            var read = await request.Body.ReadAsync(buffer.GetMemory(ReadChunkBytes), ct);
            if (read == 0)
            {
                return buffer;
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > maxBytes)
            {
                return null;
            }
        }
    }
}
