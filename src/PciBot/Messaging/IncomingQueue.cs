using System.Threading.Channels;

namespace PciBot.Messaging;

/// <summary>
/// Messages are acknowledged at once and answered from here, so a slow Connector call never holds
/// the channel's request open. Bounded so a flood waits instead of exhausting memory.
/// </summary>
internal sealed class IncomingQueue
{
    private readonly Channel<IncomingWork> channel = Channel.CreateBounded<IncomingWork>(
        new BoundedChannelOptions(1_000) { FullMode = BoundedChannelFullMode.Wait, SingleReader = false });

    public ValueTask EnqueueAsync(IncomingWork work, CancellationToken ct) => channel.Writer.WriteAsync(work, ct);

    public IAsyncEnumerable<IncomingWork> ReadAllAsync(CancellationToken ct) => channel.Reader.ReadAllAsync(ct);
}
