using System.Threading.Channels;

namespace PciBot.Messaging;

/// <summary>
/// Messages are acknowledged at once and answered from here, so a slow Connector call never holds the channel's
/// request open. A conversation's messages are answered one at a time, in the order they came; conversations take
/// turns, so a conversation with many messages waiting does not hold up one with a single question. Bounded so a
/// flood waits instead of exhausting memory, and a message waiting for room gets it first come, first served.
/// </summary>
internal sealed class IncomingQueue : IDisposable
{
    public const int Capacity = 1_000;

    private readonly SemaphoreSlim room = new(Capacity, Capacity);
    private readonly Channel<Pending> turns = Channel.CreateUnbounded<Pending>();
    private readonly Dictionary<string, Pending> waiting = new(StringComparer.Ordinal);

    /// <summary>Waits for room, then queues the work behind its conversation's earlier messages.</summary>
    public async ValueTask EnqueueAsync(IncomingWork work, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(work);
        await room.WaitAsync(ct);
        var conversation = work.Activity.Conversation?.Id ?? "";
        lock (waiting)
        {
            if (waiting.TryGetValue(conversation, out var pending))
            {
                pending.Works.Enqueue(work);
                return;
            }

            pending = new Pending();
            pending.Works.Enqueue(work);
            waiting.Add(conversation, pending);
            turns.Writer.TryWrite(pending);
        }
    }

    /// <summary>
    /// The next message of the conversation whose turn it is. No other message of that conversation is handed out
    /// until <see cref="Done"/> is called for this one.
    /// </summary>
    public async ValueTask<IncomingWork> TakeAsync(CancellationToken ct)
    {
        var pending = await turns.Reader.ReadAsync(ct);
        lock (waiting)
        {
            return pending.Works.Peek();
        }
    }

    /// <summary>Frees the message's room and gives its conversation another turn if more of its messages wait.</summary>
    public void Done(IncomingWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var conversation = work.Activity.Conversation?.Id ?? "";
        lock (waiting)
        {
            var pending = waiting[conversation];
            pending.Works.Dequeue();
            if (pending.Works.Count == 0)
            {
                waiting.Remove(conversation);
            }
            else
            {
                turns.Writer.TryWrite(pending);
            }
        }

        room.Release();
    }

    /// <summary>Messages queued or being answered.</summary>
    public int Count => Capacity - room.CurrentCount;

    public void Dispose() => room.Dispose();

    private sealed class Pending
    {
        public Queue<IncomingWork> Works { get; } = new();
    }
}
