using System.Runtime.CompilerServices;
using PciBot.Registry;

namespace PciBot.Rollups;

/// <summary>
/// What a rollup takes from the plan alone: the indices in order, each with its tasks in order, and each task's lead and
/// coordinating units as the report names them. Worked out once per plan object: the status model's plan is the shared
/// snapshot, which nobody changes and which is replaced when the registry changes, taking its outline with it.
/// </summary>
internal sealed class RollupOutline
{
    private static readonly ConditionalWeakTable<Plan, RollupOutline> ByPlan = [];

    private readonly Dictionary<int, (string Leads, string Coordinating)> names;

    private RollupOutline(Plan plan)
    {
        var tasksOf = plan.Tasks.ToLookup(t => t.IndexId);
        Indices = [.. plan.Indices
            .OrderBy(i => i.Family).ThenBy(i => i.Order)
            .Select(i => (i, (IReadOnlyList<PlanTask>)[.. tasksOf[i.Id].OrderBy(t => t.Family).ThenBy(t => t.Number)]))];
        names = plan.Tasks.ToDictionary(
            t => t.Id,
            t => (string.Join(", ", t.UnitsIn(TaskUnitRole.Lead).Select(u => u.Name)), string.Join(", ", t.UnitsIn(TaskUnitRole.Coordinating).Select(u => u.Name))));
    }

    public IReadOnlyList<(PlanIndex Index, IReadOnlyList<PlanTask> Tasks)> Indices { get; }

    public static RollupOutline Of(Plan plan) => ByPlan.GetValue(plan, p => new RollupOutline(p));

    public string LeadUnits(PlanTask task) => names[task.Id].Leads;

    public string CoordinatingUnits(PlanTask task) => names[task.Id].Coordinating;
}
