using Microsoft.EntityFrameworkCore;
using PciBot.Calendar;
using PciBot.Data;
using PciBot.Outbox;
using PciBot.Reminders;
using PciBot.Updates;

namespace PciBot.Digests;

/// <summary>
/// "Nhắc lại" on a digest: the overdue line's reminder goes again to the unit's people, once per digest. The outbox's
/// unique (schedule, period, recipient, subject) makes a second press, or two Office staff pressing at once, queue
/// nothing more.
/// </summary>
internal sealed class Nudges(PciBotDbContext db, ReportLines lines, DispatchSignal dispatch, TimeProvider time)
{
    public const string ScheduleKey = "nudge";

    /// <summary>How many reminders were queued; 0 with <c>Already</c> when this digest sent them before; null when the button names no line.</summary>
    public async Task<(int Queued, bool Already, ReportLine Line)?> QueueAsync(OfficeActionRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request is not { TaskId: { } taskId, UnitId: { } unitId, PeriodKey: { } periodKey, DigestId: { } digestId }
            || !await db.Outbox.AnyAsync(o => o.Id == digestId && o.Subject == DigestBuilder.Subject, ct)
            || await lines.FindAsync(taskId, unitId, periodKey, VietnamTime.Today(time), ct) is not { IsContribution: false } line)
        {
            return null;
        }

        var key = $"{periodKey}/d{digestId}";
        var subject = $"task:{taskId}/unit:{unitId}";
        var known = await db.Outbox.AsNoTracking()
            .Where(o => o.ScheduleKey == ScheduleKey && o.PeriodKey == key && o.Subject == subject)
            .Select(o => o.RecipientKey)
            .ToListAsync(ct);
        if (known.Count > 0)
        {
            return (0, true, line);
        }

        var people = await db.People.AsNoTracking().Where(p => p.Memberships.Any(m => m.UnitId == unitId)).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(ct);
        var now = time.GetUtcNow();
        foreach (var personId in people)
        {
            db.Outbox.Add(new OutboxMessage
            {
                ScheduleKey = ScheduleKey,
                PeriodKey = key,
                RecipientKind = RecipientKind.Person,
                RecipientKey = $"person:{personId}",
                PersonId = personId,
                Subject = subject,
                Stage = ReminderStage.FollowUp,
                TaskId = taskId,
                UnitId = unitId,
                ReportPeriodKey = periodKey,
                CutOff = line.CutOff,
                Status = OutboxStatus.Pending,
                CreatedAt = now,
                NextAttemptAt = now,
            });
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone else pressed it at the same moment; their reminders are the ones that go.
            db.ChangeTracker.Clear();
            return (0, true, line);
        }

        if (people.Count > 0)
        {
            dispatch.Notify();
        }

        return (people.Count, false, line);
    }
}
