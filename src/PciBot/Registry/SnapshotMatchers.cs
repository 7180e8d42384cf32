using System.Runtime.CompilerServices;

namespace PciBot.Registry;

/// <summary>
/// The unit and index matchers of one plan snapshot, built once per snapshot instead of once per message: building
/// them normalizes every name and alias of every unit.
/// </summary>
internal static class SnapshotMatchers
{
    private static readonly ConditionalWeakTable<PlanSnapshot, Matchers> Built = [];

    public static (UnitMatcher Units, IndexMatcher Indices) Of(PlanSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var matchers = Built.GetValue(snapshot, s => new Matchers(new UnitMatcher(s.Units), new IndexMatcher(s.Plan?.Indices ?? [])));
        return (matchers.Units, matchers.Indices);
    }

    private sealed record Matchers(UnitMatcher Units, IndexMatcher Indices);
}
