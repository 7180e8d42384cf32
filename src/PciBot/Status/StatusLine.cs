using PciBot.Registry;

namespace PciBot.Status;

/// <summary>
/// One lead unit's report on one task for one period (<see cref="PeriodKey"/> as the ledger stores it), with its status.
/// <see cref="CutOff"/> is null for a task that has nothing to report in the period asked about.
/// </summary>
internal sealed record StatusLine(PlanTask Task, Unit Unit, string PeriodKey, DateOnly? CutOff, ReportStatus Status, LatestReport? Latest)
{
    public LineKey Key => new(Task.Id, Unit.Id, PeriodKey);
}
