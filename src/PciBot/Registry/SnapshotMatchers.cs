using System.Runtime.CompilerServices;

namespace PciBot.Registry;

/// <summary>
/// The unit, index and task matchers of one plan snapshot, built once per snapshot instead of once per message:
/// building them normalizes every name and alias of every unit and the text of every task.
/// </summary>
internal static class SnapshotMatchers
{
    private static readonly ConditionalWeakTable<PlanSnapshot, Matchers> Built = [];

    public static (UnitMatcher Units, IndexMatcher Indices, TaskMatcher Tasks) Of(PlanSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var matchers = Built.GetValue(snapshot, s => new Matchers(new UnitMatcher(s.Units), new IndexMatcher(s.Plan?.Indices ?? []), new TaskMatcher(s.Plan?.Tasks ?? [])));
        return (matchers.Units, matchers.Indices, matchers.Tasks);
    }

    private sealed record Matchers(UnitMatcher Units, IndexMatcher Indices, TaskMatcher Tasks);
}
