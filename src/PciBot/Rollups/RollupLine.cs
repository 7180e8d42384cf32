using PciBot.Status;

namespace PciBot.Rollups;

/// <summary>A lead unit's line of a task: its latest report in the period, and where it stood a quarter before.</summary>
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
    int? PreviousPercentDone)
{
    public bool Changed => Status != PreviousStatus || PercentDone != PreviousPercentDone;
}
