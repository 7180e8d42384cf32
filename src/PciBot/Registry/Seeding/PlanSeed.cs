namespace PciBot.Registry.Seeding;

/// <summary>The structured plan file in seeds/ (plan-*.json).</summary>
internal sealed record PlanSeed(PlanHeaderSeed Plan, IReadOnlyList<GeneralTaskSeed> GeneralTasks, IReadOnlyList<IndexSeed> Indices, IReadOnlyList<TaskSeed> Tasks);
