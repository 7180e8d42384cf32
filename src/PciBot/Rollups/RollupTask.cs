using PciBot.Registry;

namespace PciBot.Rollups;

/// <summary>
/// One appendix task in a rollup, with a line per lead unit and period (a monthly task has three in a quarter). A task
/// led only by external units has no lines: nobody in the department reports on it.
/// </summary>
internal sealed record RollupTask(
    int TaskId,
    TaskKey Key,
    string Text,
    string Timeline,
    string LeadUnits,
    string CoordinatingUnits,
    IReadOnlyList<RollupLine> Lines,
    IReadOnlyList<RollupContribution> Contributions)
{
    /// <summary>The task is reported more than once in the quarter, so each line must say which period it is.</summary>
    public bool HasSeveralPeriods => Lines.Select(l => l.PeriodKey).Distinct().Skip(1).Any();
}
