namespace PciBot.Registry;

/// <summary>The unit, index and task matchers of the plan as it stands, for grammars that find units, indices and tasks in what people type.</summary>
internal sealed class PlanMatchers(Func<CancellationToken, Task<(UnitMatcher Units, IndexMatcher Indices, TaskMatcher Tasks)>> current)
{
    public static PlanMatchers Of(PlanCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return new(async ct => SnapshotMatchers.Of(await catalog.SharedAsync(ct)));
    }

    /// <summary>Matchers that do not follow the plan, for reading text against a registry of one's own.</summary>
    public static PlanMatchers Fixed(UnitMatcher units, IndexMatcher indices, TaskMatcher? tasks = null) => new(_ => Task.FromResult((units, indices, tasks ?? TaskMatcher.None)));

    public Task<(UnitMatcher Units, IndexMatcher Indices, TaskMatcher Tasks)> CurrentAsync(CancellationToken ct) => current(ct);
}
