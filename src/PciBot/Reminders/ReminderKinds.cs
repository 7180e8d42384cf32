using PciBot.Outbox;
using PciBot.Schedules;

namespace PciBot.Reminders;

/// <summary>The outbox kinds the reminder schedules queue. Their names are stored: never rename one.</summary>
internal static class ReminderKinds
{
    /// <summary>A task's reminder to one of its unit's people: the update card itself. Queued before reminders were grouped.</summary>
    public static readonly OutboxKind Reminder = new("reminder");

    /// <summary>
    /// One person's reminder for one occurrence of a schedule: every line due for their units, on one card (the update
    /// card itself when there is one line). Payload: the <see cref="PciBot.Audience.ReminderLine"/>s.
    /// </summary>
    public static readonly OutboxKind Lines = new("reminder-lines");

    /// <summary>To the Office after a cut-off: who is late. Payload: the late <see cref="LateItem"/>s.</summary>
    public static readonly OutboxKind Escalation = new("escalation");

    /// <summary>To the Office: tasks whose units have nobody to remind. Payload: those <see cref="LateItem"/>s.</summary>
    public static readonly OutboxKind Unassigned = new("unassigned");

    public static readonly OutboxKind Dialogue = new("dialogue");

    public static readonly OutboxKind Rollup = new("rollup");

    public static readonly OutboxKind YearEnd = new("year-end");

    public static readonly OutboxKind Digest = new("digest");

    /// <summary>To the Office: someone cannot be reached. Payload: an <see cref="UndeliveredNotice"/>.</summary>
    public static readonly OutboxKind Unreachable = new("unreachable");

    /// <summary>To the Office: a reminder may not have arrived. Payload: an <see cref="UndeliveredNotice"/>.</summary>
    public static readonly OutboxKind Unconfirmed = new("unconfirmed");

    /// <summary>Any other notice of a schedule to the Office, titled by its subject.</summary>
    public static readonly OutboxKind Notice = new("notice");

    /// <summary>The kind of the notice a schedule of <paramref name="kind"/> sends the Office.</summary>
    public static OutboxKind NoticeOf(ScheduleKind kind) => kind switch
    {
        ScheduleKind.Dialogue => Dialogue,
        ScheduleKind.OfficeRollup => Rollup,
        ScheduleKind.YearEnd => YearEnd,
        ScheduleKind.Digest => Digest,
        _ => Notice,
    };
}
