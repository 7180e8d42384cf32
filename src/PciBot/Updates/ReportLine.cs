using PciBot.Registry;

namespace PciBot.Updates;

/// <summary>
/// One unit's reports on one task for one period: what an update card is about. A lead unit reports; a coordinating
/// unit adds contributions.
/// </summary>
internal sealed record ReportLine(PlanTask Task, Unit Unit, string PeriodKey, DateOnly CutOff, bool IsContribution);
