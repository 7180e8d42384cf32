using PciBot.Registry;

namespace PciBot.Rollups;

/// <summary>The internal units behind a task's lead or coordinating cell, groups replaced by their members, in plan order.</summary>
internal static class UnitExpansion
{
    public static IReadOnlyList<Unit> Internal(PlanTask task, TaskUnitRole role, IReadOnlyDictionary<int, Unit> units) =>
        task.Units.Where(l => l.Role == role)
            .OrderBy(l => l.Order)
            .Select(l => units[l.UnitId])
            .SelectMany(u => u.Kind == UnitKind.Group
                ? u.Members.Select(m => units[m.Id]).Where(m => m.Internal && m.Kind == UnitKind.Unit).OrderBy(m => m.Id)
                : u.Internal ? [u] : Enumerable.Empty<Unit>())
            .DistinctBy(u => u.Id)
            .ToList();
}
