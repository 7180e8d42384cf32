namespace PciBot.Schedules;

internal enum ReminderStage
{
    /// <summary>The first reminder, a few working days before the cut-off.</summary>
    Reminder,

    /// <summary>Again, to those who have not reported, closer to the cut-off.</summary>
    FollowUp,

    /// <summary>After the cut-off, to the Office: who is late.</summary>
    Escalation,

    /// <summary>A message for the Office itself: roll-up, year-end report, dialogue, someone unreachable.</summary>
    OfficeNotice,

    /// <summary>A reminder the user asked to see again later.</summary>
    Snooze,
}
