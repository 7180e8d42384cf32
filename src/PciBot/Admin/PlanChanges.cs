using PciBot.Registry;
using PciBot.Registry.Seeding;

namespace PciBot.Admin;

/// <summary>
/// What an import would change in a plan: tasks added, edited (with the fields that differ) and removed; indices whose
/// name, weight or target differ, or that come or go; general tasks whose text differs, or that come or go.
/// </summary>
internal sealed record PlanChanges(
    bool NewPlan,
    IReadOnlyList<TaskKey> Added,
    IReadOnlyList<(TaskKey Key, IReadOnlyList<string> Fields)> Edited,
    IReadOnlyList<TaskKey> Removed,
    IReadOnlyList<(string Code, IReadOnlyList<string> Fields)> Indices,
    IReadOnlyList<string> GeneralTasks)
{
    public bool Any => NewPlan || Added.Count + Edited.Count + Removed.Count + Indices.Count + GeneralTasks.Count > 0;

    public static PlanChanges Between(PlanSeed? existing, PlanSeed incoming)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        if (existing is null)
        {
            return new PlanChanges(true, incoming.Tasks.Select(Key).ToList(), [], [], [], []);
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
            before.Keys.Where(k => !after.ContainsKey(k)).ToList(),
            IndexChanges(existing.Indices, incoming.Indices),
            GeneralTaskChanges(existing.GeneralTasks, incoming.GeneralTasks));
    }

    private static TaskKey Key(TaskSeed task) => new(task.Family, task.Number);

    private static List<(string, IReadOnlyList<string>)> IndexChanges(IReadOnlyList<IndexSeed> before, IReadOnlyList<IndexSeed> after)
    {
        var old = before.ToDictionary(i => i.Code, StringComparer.Ordinal);
        var changes = new List<(string, IReadOnlyList<string>)>();
        foreach (var index in after)
        {
            if (!old.TryGetValue(index.Code, out var was))
            {
                changes.Add((index.Code, ["added"]));
                continue;
            }

            var fields = new List<string>();
            Check(fields, "name", was.Name == index.Name);
            Check(fields, "weight", was.WeightPercent == index.WeightPercent);
            Check(fields, "target", was.TargetScore == index.TargetScore && was.TargetText == index.TargetText);
            if (fields.Count > 0)
            {
                changes.Add((index.Code, fields));
            }
        }

        changes.AddRange(before.Where(i => after.All(a => a.Code != i.Code)).Select(i => (i.Code, (IReadOnlyList<string>)["removed"])));
        return changes;
    }

    private static List<string> GeneralTaskChanges(IReadOnlyList<GeneralTaskSeed> before, IReadOnlyList<GeneralTaskSeed> after) =>
        after.Where(g => !before.Any(b => b.Letter == g.Letter && b.Text == g.Text)).Select(g => g.Letter)
            .Concat(before.Where(b => after.All(a => a.Letter != b.Letter)).Select(b => b.Letter))
            .ToList();

    private static List<string> Fields(TaskSeed a, TaskSeed b)
    {
        var fields = new List<string>();
        Check(fields, "index", a.Index == b.Index);
        Check(fields, "text", a.Text == b.Text);
        Check(fields, "lead", a.Lead.SequenceEqual(b.Lead));
        Check(fields, "coordinating", a.Coordinating.SequenceEqual(b.Coordinating));
        Check(fields, "timeline", a.Timeline == b.Timeline);
        Check(fields, "cadence", a.Cadence == b.Cadence && a.Deadline == b.Deadline && a.PeriodFrom == b.PeriodFrom && a.PeriodTo == b.PeriodTo && a.Condition == b.Condition);
        return fields;
    }

    private static void Check(List<string> fields, string name, bool same)
    {
        if (!same)
        {
            fields.Add(name);
        }
    }
}
