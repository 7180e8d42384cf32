namespace PciBot.Schedules;

/// <summary>
/// What firing a schedule does: queue what the schedule owes up to now, including what was missed while the bot was
/// down, exactly once. The feature that sends the reminders registers it; the scheduler knows it only by this.
/// </summary>
internal interface IScheduleHandler
{
    Task<int> QueueDueAsync(string scheduleKey, DateTimeOffset now, CancellationToken ct);
}
