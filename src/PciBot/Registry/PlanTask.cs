namespace PciBot.Registry;

/// <summary>An appendix task. Family and number identify it within a plan, since numbering restarts for PGI.</summary>
internal sealed class PlanTask
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    public Plan? Plan { get; set; }

    public IndexFamily Family { get; set; }

    public int Number { get; set; }

    public int IndexId { get; set; }

    public PlanIndex? Index { get; set; }

    public required string Text { get; set; }

    /// <summary>The plan's "Thời gian thực hiện" cell, verbatim.</summary>
    public required string Timeline { get; set; }

    public Cadence Cadence { get; set; }

    public DateOnly? Deadline { get; set; }

    public int? PeriodFrom { get; set; }

    public int? PeriodTo { get; set; }

    public string? Condition { get; set; }

    /// <summary>Set by an admin, never by seeding: a conditional task becomes due from then on.</summary>
    public DateTimeOffset? ConditionMetAt { get; set; }

    /// <summary>Set with <see cref="ConditionMetAt"/> when an admin marks a conditional task's condition met.</summary>
    public bool ConditionMet { get; set; }

    /// <summary>A task no longer in the seed is archived, never deleted, so its history stays readable.</summary>
    public bool IsArchived { get; set; }

    public List<TaskUnit> Units { get; set; } = [];

    public TaskKey Key => new(Family, Number);

    public IEnumerable<Unit> UnitsIn(TaskUnitRole role) =>
        Units.Where(u => u.Role == role).OrderBy(u => u.Order).Select(u => u.Unit!);
}
