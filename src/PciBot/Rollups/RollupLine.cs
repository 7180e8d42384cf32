using PciBot.Status;

namespace PciBot.Rollups;

/// <summary>
/// A lead unit's line of a task: its latest report in the period, and where it stood a quarter before.
/// <see cref="CutOff"/> is the line's own: the task's, or the later one the Office granted the unit.
/// </summary>
internal sealed record RollupLine(
    int TaskId,
    int UnitId,
    string UnitName,
    ReportStatus Status,
    int? PercentDone,
    string? Result,
    string? Obstacles,
    string? EvidenceUrl,
    DateTimeOffset? LastUpdateAt,
    string? LastUpdateBy,
    ReportStatus PreviousStatus,
    int? PreviousPercentDone,
    DateOnly? CutOff)
{
    public bool Changed => Status != PreviousStatus || PercentDone != PreviousPercentDone;
}
