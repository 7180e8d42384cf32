namespace PciBot.Status;

/// <summary>A line of the ledger: a task, a unit reporting on it, and the period or deadline it reports against.</summary>
internal readonly record struct LineKey(int TaskId, int UnitId, string PeriodKey);
