using System.Threading.Channels;

namespace PciBot.Messaging;

/// <summary>
/// Messages are acknowledged at once and answered from here, so a slow Connector call never holds
/// the channel's request open. One lane per reader; a conversation always goes to the same lane, so its
/// messages are answered in the order they came. Bounded so a flood waits instead of exhausting memory.
/// </summary>
internal sealed class IncomingQueue
{
    public const int Lanes = 4;

    public const int Capacity = 1_000;

    private readonly Channel<IncomingWork>[] lanes = Enumerable.Range(0, Lanes)
        .Select(_ => Channel.CreateBounded<IncomingWork>(
            new BoundedChannelOptions(Capacity / Lanes) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true }))
        .ToArray();

    public ValueTask EnqueueAsync(IncomingWork work, CancellationToken ct) => lanes[LaneOf(work)].Writer.WriteAsync(work, ct);

    public IAsyncEnumerable<IncomingWork> ReadAllAsync(int lane, CancellationToken ct) => lanes[lane].Reader.ReadAllAsync(ct);

    private static int LaneOf(IncomingWork work) =>
        work.Activity.Conversation?.Id is { } conversationId
            ? (int)((uint)StringComparer.Ordinal.GetHashCode(conversationId) % Lanes)
            : 0;
}
