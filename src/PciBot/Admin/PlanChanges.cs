using PciBot.Registry;
using PciBot.Registry.Seeding;

namespace PciBot.Admin;

/// <summary>What an import would change in a plan: tasks added, edited (with the fields that differ) and removed.</summary>
internal sealed record PlanChanges(bool NewPlan, IReadOnlyList<TaskKey> Added, IReadOnlyList<(TaskKey Key, IReadOnlyList<string> Fields)> Edited, IReadOnlyList<TaskKey> Removed)
{
    public bool Any => NewPlan || Added.Count + Edited.Count + Removed.Count > 0;

    public static PlanChanges Between(PlanSeed? existing, PlanSeed incoming)
    {
        if (existing is null)
        {
            return new PlanChanges(true, incoming.Tasks.Select(Key).ToList(), [], []);
        }

        var before = existing.Tasks.ToDictionary(Key);
        var after = incoming.Tasks.ToDictionary(Key);
        var edited = new List<(TaskKey, IReadOnlyList<string>)>();
        foreach (var (key, task) in after)
        {
            if (before.TryGetValue(key, out var old) && Fields(old, task) is { Count: > 0 } fields)
            {
                edited.Add((key, fields));
            }
        }

        return new PlanChanges(
            false,
            after.Keys.Where(k => !before.ContainsKey(k)).ToList(),
            edited,
            before.Keys.Where(k => !after.ContainsKey(k)).ToList());
    }

    private static TaskKey Key(TaskSeed task) => new(task.Family, task.Number);

    private static List<string> Fields(TaskSeed a, TaskSeed b)
    {
        var fields = new List<string>();
        void Check(string name, bool same)
        {
            if (!same)
            {
                fields.Add(name);
            }
        }

        Check("index", a.Index == b.Index);
        Check("text", a.Text == b.Text);
        Check("lead", a.Lead.SequenceEqual(b.Lead));
        Check("coordinating", a.Coordinating.SequenceEqual(b.Coordinating));
        Check("timeline", a.Timeline == b.Timeline);
        Check("cadence", a.Cadence == b.Cadence && a.Deadline == b.Deadline && a.PeriodFrom == b.PeriodFrom && a.PeriodTo == b.PeriodTo && a.Condition == b.Condition);
        return fields;
    }
}
