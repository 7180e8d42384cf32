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
/// "Nhắc lại sau": puts the line on the person's reminder due at the chosen moment, one outbox row per person and moment,
/// so lines snoozed to the same moment come back together on one card. The reminder schedules are left as they are;
/// the dispatcher sends the row like any other when it falls due.
/// </summary>
internal sealed class Snoozes(PciBotDbContext db, OutboxQueue outbox, SnoozeTimes times, ILogger<Snoozes> logger)
{
    public const string ScheduleKey = "snooze";

    /// <summary>A snoozed reminder of one line, queued before snoozes were grouped: the task's reminder card again, drawn as snoozed.</summary>
    public static readonly OutboxKind Kind = new("snooze");

    /// <summary>
    /// The lines one person snoozed to one moment, drawn as snoozed: the update card for one line, the list for several.
    /// Payload: the <see cref="ReminderLine"/>s.
    /// </summary>
    public static readonly OutboxKind LinesKind = new("snooze-lines");

    private const int MaxAttempts = 8;

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
    /// Queues the line for the chosen moment and returns when it will come. Pressing the same choice twice queues it
    /// once; a later choice takes the line off the person's earlier snoozes that have not gone out yet.
    /// </summary>
    public async Task<SnoozeOption> QueueAsync(ReportLine line, Person person, SnoozeChoice choice, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(person);
        var option = await times.OptionAsync(choice, line.CutOff, ct);
        var wanted = new ReminderLine(line.Task.Id, line.Unit.Id, line.PeriodKey, line.CutOff);
        for (var attempt = 1; !await TryQueueAsync(wanted, person.Id, option.At, ct); attempt++)
        {
            // Another press of the same person changed their snoozes meanwhile: read them again.
            db.ChangeTracker.Clear();
            if (attempt == MaxAttempts)
            {
                throw new InvalidOperationException($"Could not snooze task {line.Task.Id}, unit {line.Unit.Id} for person {person.Id} after {MaxAttempts} attempts.");
            }
        }

        UpdatesLog.Snoozed(logger, line.Task.Id, line.Unit.Id, person.Id, option.At);
        return option;
    }

    /// <summary>
    /// Reads the person's snoozes, then changes them in one transaction, each change only if the row is still as read
    /// and nobody has claimed it; false when one was not, to read again.
    /// </summary>
    private async Task<bool> TryQueueAsync(ReminderLine wanted, int personId, DateTimeOffset dueAt, CancellationToken ct)
    {
        var recipientKey = OutboxRecipient.Person(personId).Key;
        var periodKey = string.Create(CultureInfo.InvariantCulture, $"@{VietnamTime.ToLocal(dueAt):yyyyMMddHHmm}");
        var rows = await db.Outbox.AsNoTracking()
            .Where(o => o.ScheduleKey == ScheduleKey && o.RecipientKey == recipientKey
                && (o.PeriodKey == periodKey || (o.Status == OutboxStatus.Pending && o.ClaimedBy == null && o.ConversationId == null)))
            .ToListAsync(ct);
        var target = rows.SingleOrDefault(o => o.PeriodKey == periodKey && o.Subject == ReminderLinesRow.Subject);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var earlier in rows.Where(o => o != target && o.Status == OutboxStatus.Pending && Holds(o, wanted)))
        {
            var rest = ReminderLinesRow.Lines(earlier).Where(l => !Same(l, wanted)).ToList();
            if (!await RewriteAsync(earlier, rest, ct))
            {
                return false;
            }
        }

        if (target is null)
        {
            var row = ReminderLinesRow.Create(LinesKind, ScheduleKey, periodKey, personId, ReminderStage.Snooze, [wanted]);
            row.NextAttemptAt = dueAt;

            // Nothing added means the same moment was queued for this person since it was read; null, at the same time.
            if (await outbox.QueueAsync([row], ct) is not 1)
            {
                return false;
            }
        }
        else if (!(target.Status == OutboxStatus.Pending && Holds(target, wanted)))
        {
            // The moment lies ahead, so its row has not been claimed or sent: it is pending, or skipped once emptied.
            var lines = target.Status == OutboxStatus.Pending ? ReminderLinesRow.Lines(target).Append(wanted).ToList() : [wanted];
            if (!await RewriteAsync(target, lines, ct))
            {
                return false;
            }
        }

        await transaction.CommitAsync(ct);
        return true;
    }

    /// <summary>
    /// Gives a row nobody has claimed these lines, or skips it when none is left (a row of one line from before snoozes
    /// were grouped is only ever skipped); false when the row is no longer as read.
    /// </summary>
    private async Task<bool> RewriteAsync(OutboxMessage row, List<ReminderLine> lines, CancellationToken ct)
    {
        var (id, payloadWas, statusWas) = (row.Id, row.Payload, row.Status);
        var asRead = db.Outbox.Where(o => o.Id == id && o.Status == statusWas && o.Payload == payloadWas && o.ClaimedBy == null && o.ConversationId == null);
        if (lines.Count == 0)
        {
            return await asRead.ExecuteUpdateAsync(set => set.SetProperty(o => o.Status, OutboxStatus.Skipped).SetProperty(o => o.LastError, "replaced by a later snooze"), ct) == 1;
        }

        var shape = ReminderLinesRow.Create(LinesKind, ScheduleKey, row.PeriodKey, 0, ReminderStage.Snooze, lines);
        return await asRead.ExecuteUpdateAsync(
            set => set
                .SetProperty(o => o.Payload, shape.Payload)
                .SetProperty(o => o.TaskId, shape.TaskId)
                .SetProperty(o => o.UnitId, shape.UnitId)
                .SetProperty(o => o.ReportPeriodKey, shape.ReportPeriodKey)
                .SetProperty(o => o.CutOff, shape.CutOff)
                .SetProperty(o => o.Status, OutboxStatus.Pending)
                .SetProperty(o => o.LastError, (string?)null),
            ct) == 1;
    }

    private static bool Holds(OutboxMessage row, ReminderLine line) => ReminderLinesRow.Lines(row).Any(l => Same(l, line));

    private static bool Same(ReminderLine a, ReminderLine b) => a.TaskId == b.TaskId && a.UnitId == b.UnitId && a.PeriodKey == b.PeriodKey;
}
