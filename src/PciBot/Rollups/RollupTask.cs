using PciBot.Registry;

namespace PciBot.Rollups;

/// <summary>One appendix task in a rollup. A task led only by external units has no lines: nobody in the department reports on it.</summary>
internal sealed record RollupTask(
    int TaskId,
    TaskKey Key,
    string Text,
    string Timeline,
    string LeadUnits,
    string CoordinatingUnits,
    string PeriodKey,
    DateOnly? CutOff,
    IReadOnlyList<RollupLine> Lines,
    IReadOnlyList<RollupContribution> Contributions);
