using Microsoft.EntityFrameworkCore;
using PciBot.Audience;
using PciBot.Calendar;
using PciBot.Data;
using PciBot.Outbox;
using PciBot.People;
using PciBot.Reminders;
using PciBot.Schedules;
using PciBot.Updates;

namespace PciBot.Digests;

/// <summary>
/// "Nhắc lại" on a digest: the overdue line's reminder goes again to the unit's people, once per digest. The outbox's
/// unique (schedule, period, recipient, subject) makes a second press, or two Office staff pressing at once, queue
/// nothing more.
/// </summary>
internal sealed class Nudges(PciBotDbContext db, ReportLines lines, OutboxQueue outbox, TimeProvider time)
{
    public const string ScheduleKey = "nudge";

    /// <summary>A digest's overdue line reminded again: the task's reminder card, drawn as a follow-up.</summary>
    public static readonly OutboxKind Kind = new("nudge");

    /// <summary>How many reminders were queued; 0 with <c>Already</c> when this digest sent them before; null when the button names no line.</summary>
    public async Task<(int Queued, bool Already, ReportLine Line)?> QueueAsync(OfficeActionRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request is not { TaskId: { } taskId, UnitId: { } unitId, PeriodKey: { } periodKey, DigestId: { } digestId }
            || !await db.Outbox.AnyAsync(o => o.Id == digestId && o.Kind == ReminderKinds.Digest, ct)
            || await lines.FindAsync(taskId, unitId, periodKey, VietnamTime.Today(time), ct) is not { IsContribution: false } line)
        {
            return null;
        }

        var key = $"{periodKey}/d{digestId}";
        var subject = TaskReminderRow.Subject(taskId, unitId);
        var known = await db.Outbox.AsNoTracking()
            .Where(o => o.ScheduleKey == ScheduleKey && o.PeriodKey == key && o.Subject == subject)
            .Select(o => o.RecipientKey)
            .ToListAsync(ct);
        if (known.Count > 0)
        {
            return (0, true, line);
        }

        var people = await db.People.AsNoTracking().Where(p => p.Memberships.Any(m => m.UnitId == unitId)).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(ct);
        var rows = people.Select(personId => TaskReminderRow.Create(Kind, ScheduleKey, key, personId, ReminderStage.FollowUp, (taskId, unitId, periodKey, line.CutOff)));
        if (await outbox.QueueAsync(rows, ct) is null)
        {
            // Someone else pressed it at the same moment; their reminders are the ones that go.
            return (0, true, line);
        }

        return (people.Count, false, line);
    }
}
