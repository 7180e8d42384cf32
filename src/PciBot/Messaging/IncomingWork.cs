using PciBot.BotFramework.Schema;

namespace PciBot.Messaging;

/// <summary>An activity whose answer is worked out after the HTTP request has been acknowledged.</summary>
internal sealed record IncomingWork(Activity Activity, bool Welcome = false, bool SlowDown = false)
{
    /// <summary>The stored message's key in <see cref="IIncomingStore"/>; 0 until it is stored.</summary>
    public long StoredId { get; init; }

    /// <summary>When it was accepted, as a timestamp of the connector's clock, for the answer's duration.</summary>
    public long AcceptedAt { get; init; }

    /// <summary>The trace of the request that brought it (W3C traceparent), continued by its answer.</summary>
    public string? TraceParent { get; init; }
}
