using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PciBot.Audience;
using PciBot.Calendar;
using PciBot.Data;
using PciBot.Outbox;
using PciBot.People;
using PciBot.Schedules;

namespace PciBot.Updates;

/// <summary>
/// "Nhắc lại sau": queues one reminder for one person in the outbox, due on the chosen working day. The reminder
/// schedules are left as they are; the dispatcher sends the row like any other when it falls due.
/// </summary>
internal sealed class Snoozes(
    PciBotDbContext db,
    OutboxQueue outbox,
    SnoozeTimes times,
    TimeProvider time,
    ILogger<Snoozes> logger)
{
    public const string ScheduleKey = "snooze";

    /// <summary>A snoozed reminder: the task's reminder card again, drawn as snoozed.</summary>
    public static readonly OutboxKind Kind = new("snooze");

    public static string WireName(SnoozeChoice choice) => choice switch
    {
        SnoozeChoice.OneDay => "1d",
        SnoozeChoice.ThreeDays => "3d",
        _ => "next-week",
    };

    public static bool TryParse(string? wireName, out SnoozeChoice choice)
    {
        foreach (var candidate in Enum.GetValues<SnoozeChoice>())
        {
            if (WireName(candidate) == wireName)
            {
                choice = candidate;
                return true;
            }
        }

        choice = default;
        return false;
    }

    /// <summary>
    /// Queues the reminder and returns when it will come. Pressing the same choice twice queues it once (the outbox's
    /// unique key); choosing again from the same card replaces the earlier choice if it has not gone out yet.
    /// </summary>
    public async Task<SnoozeOption> QueueAsync(ReportLine line, Person person, SnoozeChoice choice, string cardId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(person);
        var option = await times.OptionAsync(choice, line.CutOff, ct);
        var dueAt = option.At;
        var now = time.GetUtcNow();
        var cardKey = $"{line.PeriodKey}/{cardId}@";
        var periodKey = string.Create(CultureInfo.InvariantCulture, $"{cardKey}{VietnamTime.ToLocal(dueAt):yyyyMMddHHmm}");
        var row = TaskReminderRow.Create(Kind, ScheduleKey, periodKey, person.Id, ReminderStage.Snooze, (line.Task.Id, line.Unit.Id, line.PeriodKey, line.CutOff));
        row.NextAttemptAt = dueAt;
        var (recipientKey, subject) = (row.RecipientKey, row.Subject);
        var earlier = await db.Outbox
            .Where(o => o.ScheduleKey == ScheduleKey && o.RecipientKey == recipientKey && o.Subject == subject
                && o.PeriodKey.StartsWith(cardKey) && o.PeriodKey != periodKey
                && o.Status == OutboxStatus.Pending && (o.ClaimedUntil == null || o.ClaimedUntil < now))
            .ToListAsync(ct);
        foreach (var replaced in earlier)
        {
            replaced.Status = OutboxStatus.Skipped;
            replaced.LastError = "replaced by a later snooze";
        }

        // The same choice pressed twice at once: the other press queued it, which is all that is wanted.
        await outbox.QueueAsync([row], ct);
        UpdatesLog.Snoozed(logger, line.Task.Id, line.Unit.Id, person.Id, dueAt);
        return option;
    }
}
