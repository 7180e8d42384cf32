using PciBot.Outbox;
using PciBot.Schedules;

namespace PciBot.Audience;

/// <summary>
/// The outbox row of a task reminder to one person, whoever queues it (a schedule, a snooze, a nudge): one subject per
/// task and unit, so a person gets one card for it per occurrence.
/// </summary>
internal static class TaskReminderRow
{
    public static OutboxMessage Create(OutboxKind kind, string scheduleKey, string periodKey, int personId, ReminderStage stage, (int TaskId, int UnitId, string PeriodKey, DateOnly CutOff) line) => new()
    {
        Kind = kind,
        ScheduleKey = scheduleKey,
        PeriodKey = periodKey,
        To = OutboxRecipient.Person(personId),
        Subject = Subject(line.TaskId, line.UnitId),
        Stage = stage,
        TaskId = line.TaskId,
        UnitId = line.UnitId,
        ReportPeriodKey = line.PeriodKey,
        CutOff = line.CutOff,
    };

    public static string Subject(int taskId, int unitId) => $"task:{taskId}/unit:{unitId}";
}
