using PciBot.Outbox;
using PciBot.Schedules;

namespace PciBot.Audience;

/// <summary>Outbox keys of the notices the bot sends the Office on its own initiative, and the rows of all its notices.</summary>
internal static class OfficeNotices
{
    public const string ScheduleKey = "office";

    public const string Unreachable = "unreachable";

    /// <summary>A reminder whose post got no answer: it may not have arrived, and it is not posted again.</summary>
    public const string Unconfirmed = "unconfirmed";

    /// <summary>A notice to the Office (or to the people a schedule names) about <paramref name="reporting"/>'s period.</summary>
    public static OutboxMessage Row(
        OutboxKind kind, string scheduleKey, string periodKey, OutboxRecipient to, string subject, (string? PeriodKey, DateOnly? CutOff) reporting, string? payload) => new()
    {
        Kind = kind,
        ScheduleKey = scheduleKey,
        PeriodKey = periodKey,
        To = to,
        Subject = subject,
        Stage = ReminderStage.OfficeNotice,
        ReportPeriodKey = reporting.PeriodKey,
        CutOff = reporting.CutOff,
        Payload = payload,
    };
}
