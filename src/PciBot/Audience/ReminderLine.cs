namespace PciBot.Audience;

/// <summary>One line a reminder is about: a unit's report on a task for a period, and that period's cut-off.</summary>
internal sealed record ReminderLine(int TaskId, int UnitId, string PeriodKey, DateOnly CutOff);
