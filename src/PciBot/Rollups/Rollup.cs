using PciBot.Calendar;

namespace PciBot.Rollups;

/// <summary>
/// What the Office reports for one quarter: every task of the plan by index, each lead unit's latest report with its
/// status, and the coordinating units' contributions, compared with the quarter before.
/// </summary>
internal sealed record Rollup(
    string PlanNumber,
    string PlanTitle,
    DateOnly PlanIssuedOn,
    string ReportTo,
    ReportingPeriod Quarter,
    DateOnly AsOf,
    IReadOnlyList<RollupIndex> Indices)
{
    public IEnumerable<RollupTask> Tasks => Indices.SelectMany(i => i.Tasks);

    public IEnumerable<RollupLine> Lines => Tasks.SelectMany(t => t.Lines);
}
