namespace PciBot.Reminders;

/// <summary>Outbox keys of the notices the bot sends the Office on its own initiative.</summary>
internal static class OfficeNotices
{
    public const string ScheduleKey = "office";

    public const string Unreachable = "unreachable";

    /// <summary>A reminder whose post got no answer: it may not have arrived, and it is not posted again.</summary>
    public const string Unconfirmed = "unconfirmed";
}
