using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using PciBot.Registry;

namespace PciBot.Status;

/// <summary>
/// The lines of a plan snapshot for one kind of question on one day, worked out once per snapshot: they depend only on
/// the plan, the units and the date, and a plan of thousands of tasks takes longer to lay out than to evaluate. A new
/// snapshot (the registry changed) starts empty, and the old one's lines go with it.
/// </summary>
internal sealed class StatusSlots
{
    private const int MaxQueriesPerSnapshot = 256;

    private readonly ConditionalWeakTable<PlanSnapshot, ConcurrentDictionary<string, IReadOnlyList<StatusSlot>>> bySnapshot = [];

    public IReadOnlyList<StatusSlot> For(PlanSnapshot snapshot, string query, Func<IReadOnlyList<StatusSlot>> layOut)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(layOut);
        var held = bySnapshot.GetValue(snapshot, _ => new ConcurrentDictionary<string, IReadOnlyList<StatusSlot>>(StringComparer.Ordinal));
        if (held.TryGetValue(query, out var slots))
        {
            return slots;
        }

        slots = layOut();
        if (held.Count >= MaxQueriesPerSnapshot)
        {
            held.Clear();
        }

        held[query] = slots;
        return slots;
    }
}
