namespace PciBot.Outbox;

internal enum OutboxStatus
{
    Pending,
    Sent,

    /// <summary>Teams says the recipient blocked or removed the bot (403) or the conversation is gone (404).</summary>
    Unreachable,

    /// <summary>Refused for good (400, 500, too many attempts); the Office is told.</summary>
    Failed,

    /// <summary>Not sent because the recipient has reported in the meantime, or the schedule no longer applies.</summary>
    Skipped,

    /// <summary>
    /// Posted, but no answer came (timeout, dropped connection, stop or crash mid-call), so Teams may or may not show
    /// it. Never posted again: a second card is worse than relying on the follow-up reminder.
    /// </summary>
    Unconfirmed,
}
