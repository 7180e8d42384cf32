using PciBot.Status;

namespace PciBot.Rollups;

/// <summary>
/// A lead unit's line of a task for one period of the quarter (<see cref="CutOff"/> is null when the task has nothing to
/// report in it): its latest report, and, on the unit's last line of the task, where it stood a quarter before.
/// </summary>
internal sealed record RollupLine(
    int TaskId,
    int UnitId,
    string UnitName,
    string PeriodKey,
    DateOnly? CutOff,
    ReportStatus Status,
    int? PercentDone,
    string? Result,
    string? Obstacles,
    string? EvidenceUrl,
    DateTimeOffset? LastUpdateAt,
    string? LastUpdateBy,
    ReportStatus? PreviousStatus,
    int? PreviousPercentDone)
{
    public bool Changed => PreviousStatus is { } before && (Status != before || PercentDone != PreviousPercentDone);
}
