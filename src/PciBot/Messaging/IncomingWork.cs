using PciBot.BotFramework.Schema;

namespace PciBot.Messaging;

/// <summary>An activity whose answer is worked out after the HTTP request has been acknowledged.</summary>
internal sealed record IncomingWork(Activity Activity, bool Welcome = false, bool SlowDown = false)
{
    /// <summary>The stored message's key in <see cref="IIncomingStore"/>; 0 until it is stored.</summary>
    public long StoredId { get; init; }
}
