using System.Collections.Concurrent;

namespace PciBot.Outbox;

/// <summary>
/// What renderers share within one dispatch round. The engine does not know what they keep: each asks for its own
/// cache type, created on first use and dropped with the round.
/// </summary>
internal sealed class OutboxRound
{
    private readonly ConcurrentDictionary<Type, object> caches = new();

    public T Get<T>()
        where T : class, new() => (T)caches.GetOrAdd(typeof(T), static _ => new T());
}
