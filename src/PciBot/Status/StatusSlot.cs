using PciBot.Registry;

namespace PciBot.Status;

/// <summary>
/// A line a question may ask about, before its status is known: a lead unit's report on a task against one cut-off,
/// the day its window opens and its ledger key. <see cref="CutOff"/> is null when the task has nothing to report.
/// </summary>
internal sealed record StatusSlot(PlanTask Task, Unit Unit, string Key, DateOnly Opens, DateOnly? CutOff);
