using System.Net;

namespace PciBot.Graph;

/// <summary>Graph answered something the caller cannot act on, after retrying what can be retried.</summary>
internal sealed class GraphException : Exception
{
    public GraphException()
    {
    }

    public GraphException(string message)
        : base(message)
    {
    }

    public GraphException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public GraphException(HttpStatusCode status, string? code, string? detail)
        : base($"Graph answered {(int)status} {code}: {detail}")
    {
        Status = status;
        Code = code;
    }

    public HttpStatusCode? Status { get; }

    public string? Code { get; }
}
