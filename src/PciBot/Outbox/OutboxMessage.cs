using PciBot.Schedules;

namespace PciBot.Outbox;

/// <summary>
/// A message the bot has decided to send. Written in the same transaction as that decision and unique per
/// (schedule, period, recipient, subject), so deciding twice queues it once; the dispatcher sends it and keeps
/// the Teams activity id so the card can be updated later.
/// </summary>
internal sealed class OutboxMessage
{
    public long Id { get; set; }

    /// <summary>What the row is: it decides which renderer draws it, and what <see cref="Payload"/> holds.</summary>
    public required OutboxKind Kind { get; set; }

    /// <summary>The schedule that decided to send it ("quarterly", "snooze", "office", …).</summary>
    public required string ScheduleKey { get; set; }

    /// <summary>The occurrence: reporting period and stage, e.g. "2023-Q4/reminder", "2023-12-31/T-7".</summary>
    public required string PeriodKey { get; set; }

    public RecipientKind RecipientKind { get; set; }

    /// <summary>"person:{PersonId}" or "conversation:{ConversationRecordId}".</summary>
    public string RecipientKey { get; set; } = "";

    /// <summary>Who it goes to; setting it fills the recipient's kind, key and id together, so they always agree.</summary>
    public OutboxRecipient To
    {
        get => new(RecipientKind, (RecipientKind == RecipientKind.Person ? PersonId : ConversationRecordId) ?? 0);
        set
        {
            RecipientKind = value.Kind;
            RecipientKey = value.Key;
            PersonId = value.Kind == RecipientKind.Person ? value.Id : null;
            ConversationRecordId = value.Kind == RecipientKind.Conversation ? value.Id : null;
        }
    }

    /// <summary>
    /// What it is about, as part of the unique key only ("task:{TaskId}/unit:{UnitId}", "unreachable:{PersonId}", …):
    /// nothing reads meaning from it; that is <see cref="Kind"/>'s.
    /// </summary>
    public required string Subject { get; set; }

    public ReminderStage Stage { get; set; }

    public int? PersonId { get; set; }

    public int? ConversationRecordId { get; set; }

    public int? TaskId { get; set; }

    public int? UnitId { get; set; }

    /// <summary>The period units report against ("2023-Q4", "D2023-12-31") and its cut-off, as decided.</summary>
    public string? ReportPeriodKey { get; set; }

    public DateOnly? CutOff { get; set; }

    /// <summary>Extra content as JSON, typed by <see cref="Kind"/>: e.g. the late units of an escalation.</summary>
    public string? Payload { get; set; }

    public OutboxStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the message is due, by the business clock (a snooze puts it in the future).</summary>
    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>Which dispatcher holds the row; an expired claim may be taken over.</summary>
    public string? ClaimedBy { get; set; }

    /// <summary>
    /// Until when (real time) the row is not taken: the lease of <see cref="ClaimedBy"/>, or with no claim, the wait
    /// before a retry (backoff or Teams' Retry-After).
    /// </summary>
    public DateTimeOffset? ClaimedUntil { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    /// <summary>
    /// The conversation the message is posted to, written just before the post. A pending row that has one was being
    /// posted when its dispatcher stopped, so it is never posted again (it becomes <see cref="OutboxStatus.Unconfirmed"/>).
    /// </summary>
    public string? ConversationId { get; set; }

    /// <summary>The Teams activity id of the sent message, needed to update the card in place.</summary>
    public string? ActivityId { get; set; }

    public string? LastError { get; set; }

    /// <summary>The trace that queued the row (W3C traceparent; a schedule's fire, a person's request), which its send continues.</summary>
    public string? TraceParent { get; set; }
}
