using PciBot.Updates;

namespace PciBot.Dashboard;

/// <summary>One stored update of a task, with its author's name.</summary>
internal sealed record TaskUpdate(int UnitId, string UnitName, string PeriodKey, ProgressUpdate Update, string Author);
