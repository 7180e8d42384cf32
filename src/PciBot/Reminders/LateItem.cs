namespace PciBot.Reminders;

/// <summary>A (task, unit) pair in a notice to the Office.</summary>
internal sealed record LateItem(int TaskId, int UnitId);
