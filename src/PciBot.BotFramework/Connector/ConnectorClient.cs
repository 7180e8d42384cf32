using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PciBot.BotFramework.Schema;

namespace PciBot.BotFramework.Connector;

/// <summary>The Bot Connector client; a typed <see cref="HttpClient"/> with the retry pipeline and the bot's token.</summary>
internal sealed class ConnectorClient(
    HttpClient httpClient,
    [FromKeyedServices(ConnectorOptions.ClockKey)] TimeProvider timeProvider,
    ILogger<ConnectorClient> logger) : IConnectorClient
{
    private const string CorrelationHeader = "X-Correlating-OperationId";
    private const int MaxErrorBodyChars = 16 * 1024;
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };

    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(activity);
        return SendAsync<ResourceResponse>(
            "SendToConversation", HttpMethod.Post, serviceUrl, Path("v3/conversations", conversationId, "activities"), activity, tolerateUnreadableAnswer: true, ct);
    }

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        ArgumentNullException.ThrowIfNull(activity);
        return SendAsync<ResourceResponse>(
            "ReplyToActivity", HttpMethod.Post, serviceUrl, Path("v3/conversations", conversationId, "activities", activityId), activity, tolerateUnreadableAnswer: true, ct);
    }

    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        ArgumentNullException.ThrowIfNull(activity);
        return SendAsync<ResourceResponse>(
            "UpdateActivity", HttpMethod.Put, serviceUrl, Path("v3/conversations", conversationId, "activities", activityId), activity, tolerateUnreadableAnswer: true, ct);
    }

    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return SendAsync<ConversationResourceResponse>(
            "CreateConversation", HttpMethod.Post, serviceUrl, "v3/conversations", parameters, tolerateUnreadableAnswer: false, ct);
    }

    public Task<ChannelAccount> GetMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(memberId);
        return SendAsync<ChannelAccount>(
            "GetMember", HttpMethod.Get, serviceUrl, Path("v3/conversations", conversationId, "members", memberId), body: null, tolerateUnreadableAnswer: false, ct);
    }

    /// <summary>
    /// The absolute URL of <paramref name="relativePath"/> under <paramref name="serviceUrl"/>, which is treated as a
    /// base that ends in <c>/</c> so that its own path (e.g. <c>/teams/</c> or <c>/_connector</c>) is kept.
    /// </summary>
    internal static Uri BuildUri(string serviceUrl, string relativePath)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            throw new ArgumentException("The service URL must be an absolute HTTP(S) URL without query or fragment.", nameof(serviceUrl));
        }

        var baseText = uri.AbsoluteUri.EndsWith('/') ? uri.AbsoluteUri : uri.AbsoluteUri + "/";
        return new Uri(new Uri(baseText), relativePath);
    }

    private static string Path(string prefix, params ReadOnlySpan<string> segments)
    {
        var path = prefix;
        foreach (var segment in segments)
        {
            path += "/" + Uri.EscapeDataString(segment);
        }

        return path;
    }

    private async Task<T> SendAsync<T>(
        string operation, HttpMethod method, string serviceUrl, string relativePath, object? body, bool tolerateUnreadableAnswer, CancellationToken ct)
        where T : class, new()
    {
        ArgumentException.ThrowIfNullOrEmpty(serviceUrl);
        using var request = new HttpRequestMessage(method, BuildUri(serviceUrl, relativePath));
        request.Headers.Accept.ParseAdd("application/json");
        if (body is not null)
        {
            request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), BotJson.Options))
            {
                Headers = { ContentType = JsonMediaType },
            };
        }

        using var response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
        var correlationId = response.Headers.TryGetValues(CorrelationHeader, out var values) ? values.FirstOrDefault() : null;
        if (!response.IsSuccessStatusCode)
        {
            throw await CreateExceptionAsync(operation, response, correlationId, ct);
        }

        ConnectorLog.Answered(logger, operation, (int)response.StatusCode, correlationId);
        try
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(ct);
            return bytes.Length == 0 ? new T() : JsonSerializer.Deserialize<T>(bytes, BotJson.Options) ?? new T();
        }
        catch (JsonException exception) when (tolerateUnreadableAnswer)
        {
            // The activity was accepted; throwing would make the caller send it again.
            ConnectorLog.UnreadableAnswer(logger, operation, exception);
            return new T();
        }
    }

    private async Task<ConnectorException> CreateExceptionAsync(
        string operation, HttpResponseMessage response, string? correlationId, CancellationToken ct)
    {
        ConnectorErrorDetail? error = null;
        try
        {
            var text = await response.Content.ReadAsStringAsync(ct);
            if (text.Length is > 0 and <= MaxErrorBodyChars)
            {
                error = JsonSerializer.Deserialize<ConnectorError>(text, BotJson.Options)?.Error;
            }
        }
        catch (JsonException)
        {
            // Not every error answer (e.g. from a gateway) has the Bot Connector's JSON shape.
        }

        var statusCode = response.StatusCode;
        ConnectorLog.Failed(logger, operation, (int)statusCode, error?.Code, correlationId);
        return new ConnectorException(
            $"The Bot Connector answered {(int)statusCode} {error?.Code ?? statusCode.ToString()} to {operation}.",
            statusCode,
            error?.Code,
            error?.Message,
            ConnectorResilience.RetryAfter(response, timeProvider));
    }
}
