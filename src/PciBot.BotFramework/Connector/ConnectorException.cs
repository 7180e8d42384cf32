using System.Net;

namespace PciBot.BotFramework.Connector;

/// <summary>The Bot Connector answered with an HTTP error that was not (or no longer) retried.</summary>
public sealed class ConnectorException : Exception
{
    /// <summary>Creates an exception without details.</summary>
    public ConnectorException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    public ConnectorException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception for an error answer.</summary>
    public ConnectorException(string message, HttpStatusCode statusCode, string? errorCode, string? errorMessage, TimeSpan? retryAfter)
        : base(message)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
        ErrorMessage = errorMessage;
        RetryAfter = retryAfter;
    }

    /// <summary>The HTTP status of the answer.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The <c>error.code</c> of the answer, e.g. <c>ConversationBlockedByUser</c> or <c>BotNotInConversationRoster</c>.</summary>
    public string? ErrorCode { get; }

    /// <summary>The <c>error.message</c> of the answer.</summary>
    public string? ErrorMessage { get; }

    /// <summary>How long the service asked to wait (<c>Retry-After</c>), when it said.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>
    /// Whether trying again later may succeed (412, 429, 502, 503, 504). 403 and 404 mean the conversation cannot be
    /// reached (blocked, uninstalled, removed); 400 and 500 will fail the same way again.
    /// </summary>
    public bool IsTransient => ConnectorResilience.IsTransient(StatusCode);
}
