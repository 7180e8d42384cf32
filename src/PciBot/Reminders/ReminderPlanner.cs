using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PciBot.Calendar;
using PciBot.Data;
using PciBot.Outbox;
using PciBot.Registry;
using PciBot.Schedules;

namespace PciBot.Reminders;

/// <summary>
/// Decides which reminders a schedule owes up to a moment and queues each one in the outbox, together with
/// how far the schedule has now been carried out, in one transaction. Running it twice, or for a fire that
/// was missed while the bot was down, queues each reminder exactly once.
/// </summary>
internal sealed class ReminderPlanner(
    PciBotDbContext db,
    WorkingCalendarSource calendars,
    IOptions<ScheduleOptions> options,
    DispatchSignal dispatch,
    TimeProvider time,
    ILogger<ReminderPlanner> logger)
{
    public async Task<int> QueueDueAsync(string scheduleKey, DateTimeOffset now, CancellationToken ct)
    {
        var schedule = await db.Schedules.SingleOrDefaultAsync(s => s.Key == scheduleKey, ct);
        if (schedule is null)
        {
            return 0;
        }

        var after = Max(schedule.FiredThrough ?? now, now.AddDays(-options.Value.CatchUpDays));
        if (after >= now)
        {
            return 0;
        }

        List<OutboxMessage> rows = schedule.IsPaused ? [] : await DecideAsync(schedule, after, now, ct);
        var queued = await AddMissingAsync(schedule.Key, rows, ct);
        schedule.FiredThrough = now;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another planner queued the same reminders first; its transaction holds them all.
            db.ChangeTracker.Clear();
            RemindersLog.PlannerRaced(logger, scheduleKey);
            return 0;
        }

        RemindersLog.Queued(logger, queued, scheduleKey, after, now);
        if (queued > 0)
        {
            dispatch.Notify();
        }

        return queued;
    }

    /// <summary>
    /// Queues the schedule's next occurrence now, under the same keys it will have when it falls due, so it is sent once
    /// now and not again then. Returns what was queued (0 when it already was) and the occurrence, if any.
    /// </summary>
    public async Task<(int Queued, Occurrence? Occurrence)> QueueNextNowAsync(string scheduleKey, DateTimeOffset now, CancellationToken ct)
    {
        var schedule = await db.Schedules.AsNoTracking().SingleOrDefaultAsync(s => s.Key == scheduleKey, ct);
        if (schedule is null)
        {
            return (0, null);
        }

        var next = await NextAsync(schedule, now, 1, ct);
        if (next.Count == 0)
        {
            return (0, null);
        }

        var audience = await ReminderAudience.LoadAsync(db, ct);
        var rows = (await RowsForAsync(schedule, next[0], audience, ct)).ToList();
        var queued = await AddMissingAsync(schedule.Key, rows, ct);
        await db.SaveChangesAsync(ct);
        RemindersLog.Queued(logger, queued, scheduleKey, now, now);
        if (queued > 0)
        {
            dispatch.Notify();
        }

        return (queued, next[0]);
    }

    public async Task<IReadOnlyList<Occurrence>> OccurrencesAsync(ScheduleDefinition schedule, DateTimeOffset after, DateTimeOffset until, CancellationToken ct)
    {
        var calendar = await calendars.GetAsync(ct);
        var plan = await new PlanCatalog(db).CurrentPlanAsync(ct);
        return ScheduleRules.Between(schedule, calendar, Deadlines(schedule.Kind, plan), after, until);
    }

    public async Task<IReadOnlyList<Occurrence>> NextAsync(ScheduleDefinition schedule, DateTimeOffset after, int count, CancellationToken ct)
    {
        var calendar = await calendars.GetAsync(ct);
        var plan = await new PlanCatalog(db).CurrentPlanAsync(ct);
        return ScheduleRules.Next(schedule, calendar, Deadlines(schedule.Kind, plan), after, count);
    }

    private async Task<List<OutboxMessage>> DecideAsync(ScheduleDefinition schedule, DateTimeOffset after, DateTimeOffset now, CancellationToken ct)
    {
        var audience = await ReminderAudience.LoadAsync(db, ct);
        var calendar = await calendars.GetAsync(ct);
        var occurrences = ScheduleRules.Between(schedule, calendar, Deadlines(schedule.Kind, audience.Plan), after, now);
        var rows = new List<OutboxMessage>();
        foreach (var occurrence in occurrences)
        {
            rows.AddRange(await RowsForAsync(schedule, occurrence, audience, ct));
        }

        return rows;
    }

    private async Task<IEnumerable<OutboxMessage>> RowsForAsync(ScheduleDefinition schedule, Occurrence occurrence, ReminderAudience audience, CancellationToken ct)
    {
        if (occurrence.Stage == ReminderStage.OfficeNotice)
        {
            return schedule.RecipientUnitCodes is null
                ? OfficeRows(schedule, occurrence, audience, schedule.Kind.ToString(), payload: null)
                : audience.UnitsByCode(Recipients(schedule))
                    .SelectMany(audience.PeopleOf)
                    .DistinctBy(p => p.Id)
                    .Select(person => Row(schedule, occurrence, RecipientKind.Person, person.Id, $"person:{person.Id}", schedule.Kind.ToString(), null, null));
        }

        var tasks = audience.Plan?.Tasks.Where(t => TaskScope.Covers(schedule.Kind, t, occurrence)).ToList() ?? [];
        HashSet<(int TaskId, int UnitId)> reported = occurrence.Stage == ReminderStage.Reminder ? [] : await ReportedAsync(occurrence.ReportPeriodKey, tasks, ct);
        var pending = tasks
            .SelectMany(task => audience.LeadUnits(task).Where(unit => schedule.RecipientUnitCodes is null || Recipients(schedule).Contains(unit.Code)).Select(unit => (Task: task, Unit: unit)))
            .Where(x => !reported.Contains((x.Task.Id, x.Unit.Id)))
            .ToList();

        if (occurrence.Stage == ReminderStage.Escalation)
        {
            return pending.Count == 0
                ? []
                : OfficeRows(schedule, occurrence, audience, "escalation", JsonSerializer.Serialize(pending.Select(p => new LateItem(p.Task.Id, p.Unit.Id))));
        }

        var rows = pending
            .SelectMany(p => audience.PeopleOf(p.Unit).Select(person => Row(schedule, occurrence, RecipientKind.Person, person.Id, $"person:{person.Id}", $"task:{p.Task.Id}/unit:{p.Unit.Id}", p.Task.Id, p.Unit.Id)))
            .ToList();

        var nobody = pending.Where(p => audience.PeopleOf(p.Unit).Count == 0).ToList();
        if (occurrence.Stage == ReminderStage.Reminder && nobody.Count > 0)
        {
            rows.AddRange(OfficeRows(schedule, occurrence, audience, "unassigned", JsonSerializer.Serialize(nobody.Select(p => new LateItem(p.Task.Id, p.Unit.Id)))));
        }

        return rows;
    }

    private async Task<HashSet<(int TaskId, int UnitId)>> ReportedAsync(string periodKey, List<PlanTask> tasks, CancellationToken ct)
    {
        var ids = tasks.Select(t => t.Id).ToList();
        var reported = await db.ProgressUpdates.AsNoTracking()
            .Where(u => u.PeriodKey == periodKey && !u.IsContribution && ids.Contains(u.TaskId))
            .Select(u => new { u.TaskId, u.UnitId })
            .Distinct()
            .ToListAsync(ct);
        return reported.Select(r => (r.TaskId, r.UnitId)).ToHashSet();
    }

    private IEnumerable<OutboxMessage> OfficeRows(ScheduleDefinition schedule, Occurrence occurrence, ReminderAudience audience, string subject, string? payload) =>
        audience.Office.Select(office => Row(schedule, occurrence, office.Kind, office.Id, office.Key, subject, null, null, payload, ReminderStage.OfficeNotice));

    private OutboxMessage Row(
        ScheduleDefinition schedule,
        Occurrence occurrence,
        RecipientKind kind,
        int recipientId,
        string recipientKey,
        string subject,
        int? taskId,
        int? unitId,
        string? payload = null,
        ReminderStage? stage = null)
    {
        var now = time.GetUtcNow();
        return new OutboxMessage
        {
            ScheduleKey = schedule.Key,
            PeriodKey = occurrence.PeriodKey,
            RecipientKind = kind,
            RecipientKey = recipientKey,
            PersonId = kind == RecipientKind.Person ? recipientId : null,
            ConversationRecordId = kind == RecipientKind.Conversation ? recipientId : null,
            Subject = subject,
            Stage = stage ?? occurrence.Stage,
            TaskId = taskId,
            UnitId = unitId,
            ReportPeriodKey = occurrence.ReportPeriodKey,
            CutOff = occurrence.CutOff,
            Payload = payload,
            Status = OutboxStatus.Pending,
            CreatedAt = now,
            NextAttemptAt = now,
        };
    }

    private async Task<int> AddMissingAsync(string scheduleKey, List<OutboxMessage> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return 0;
        }

        var periodKeys = rows.Select(r => r.PeriodKey).Distinct().ToList();
        var existing = (await db.Outbox.AsNoTracking()
                .Where(o => o.ScheduleKey == scheduleKey && periodKeys.Contains(o.PeriodKey))
                .Select(o => new { o.PeriodKey, o.RecipientKey, o.Subject })
                .ToListAsync(ct))
            .Select(o => (o.PeriodKey, o.RecipientKey, o.Subject))
            .ToHashSet();
        var added = 0;
        foreach (var row in rows.DistinctBy(r => (r.PeriodKey, r.RecipientKey, r.Subject)))
        {
            if (existing.Add((row.PeriodKey, row.RecipientKey, row.Subject)))
            {
                db.Outbox.Add(row);
                added++;
            }
        }

        return added;
    }

    private static List<DateOnly> Deadlines(ScheduleKind kind, Plan? plan) => kind switch
    {
        ScheduleKind.Deadline => plan?.Tasks.Where(t => t.Cadence == Cadence.Deadline && t.Deadline is not null).Select(t => t.Deadline!.Value).Distinct().ToList() ?? [],
        ScheduleKind.YearEnd => plan is null ? [] : [plan.ReportDeadline],
        _ => [],
    };

    /// <summary>The units an admin chose for the schedule; the reminders of each task go to those of its lead units only.</summary>
    private static HashSet<string> Recipients(ScheduleDefinition schedule) =>
        (schedule.RecipientUnitCodes ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
