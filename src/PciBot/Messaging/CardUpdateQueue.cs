using System.Threading.Channels;

namespace PciBot.Messaging;

/// <summary>
/// Card replacements waiting to be sent, so an invoke is answered before the slower Connector call. Bounded: when
/// it is full the oldest replacement is dropped, since a newer one of the same card supersedes it anyway.
/// </summary>
internal sealed class CardUpdateQueue
{
    private readonly Channel<CardUpdate> channel = Channel.CreateBounded<CardUpdate>(
        new BoundedChannelOptions(500) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    public void Enqueue(CardUpdate update) => channel.Writer.TryWrite(update);

    public IAsyncEnumerable<CardUpdate> ReadAllAsync(CancellationToken ct) => channel.Reader.ReadAllAsync(ct);
}
