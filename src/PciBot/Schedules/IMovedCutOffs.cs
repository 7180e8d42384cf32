namespace PciBot.Schedules;

/// <summary>
/// Which cut-offs were moved for the lines a schedule of some kind reminds about. The feature that grants more time and
/// sends the reminders registers it; the scheduler knows it only by this.
/// </summary>
internal interface IMovedCutOffs
{
    Task<IReadOnlyList<MovedCutOff>> ForAsync(ScheduleKind kind, CancellationToken ct);
}
