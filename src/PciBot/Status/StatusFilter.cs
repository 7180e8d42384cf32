using PciBot.Registry;

namespace PciBot.Status;

/// <summary>Which lines to evaluate. Unit ids are internal units (a group stands for its members); empty means all.</summary>
internal sealed record StatusFilter
{
    public static StatusFilter All { get; } = new();

    public IReadOnlySet<int>? TaskIds { get; init; }

    public IReadOnlySet<int>? UnitIds { get; init; }

    public string? IndexCode { get; init; }

    public IndexFamily? Family { get; init; }

    /// <summary>Tasks that have nothing to report in the period still get a line, as not due.</summary>
    public bool IncludeNotDue { get; init; }

    public bool Admits(PlanTask task) =>
        (TaskIds is null || TaskIds.Contains(task.Id))
        && (IndexCode is null || task.Index?.Code == IndexCode)
        && (Family is null || task.Family == Family);

    public bool Admits(Unit unit) => UnitIds is null || UnitIds.Contains(unit.Id);
}
