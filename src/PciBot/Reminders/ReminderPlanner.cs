using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PciBot.Audience;
using PciBot.Data;
using PciBot.Outbox;
using PciBot.Registry;
using PciBot.Schedules;
using PciBot.Updates;

namespace PciBot.Reminders;

/// <summary>
/// Decides which reminders a schedule owes up to a moment and queues each one in the outbox, together with
/// how far the schedule has now been carried out, in one transaction. Running it twice, or for a fire that
/// was missed while the bot was down, queues each reminder exactly once. A line the Office gave more time is
/// reminded around its granted cut-off instead of its period's.
/// </summary>
internal sealed class ReminderPlanner(
    PciBotDbContext db,
    ScheduleOccurrences schedules,
    GrantedCutOffs granted,
    IOptions<ScheduleOptions> options,
    OutboxQueue outbox,
    ILogger<ReminderPlanner> logger) : IScheduleHandler
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
        schedule.FiredThrough = now;
        if (await outbox.QueueAsync(rows, ct) is not { } queued)
        {
            // Another planner queued the same reminders first; its transaction holds them all.
            RemindersLog.PlannerRaced(logger, scheduleKey);
            return 0;
        }

        RemindersLog.Queued(logger, queued, scheduleKey, after, now);
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

        var next = await schedules.NextAsync(schedule, now, 1, ct);
        if (next.Count == 0)
        {
            return (0, null);
        }

        var audience = await ReminderAudience.LoadAsync(db, ct);
        var queued = await outbox.QueueAsync(await RowsForAsync(schedule, next[0], audience, await granted.AllAsync(ct), ct), ct) ?? 0;
        RemindersLog.Queued(logger, queued, scheduleKey, now, now);
        return (queued, next[0]);
    }

    private async Task<List<OutboxMessage>> DecideAsync(ScheduleDefinition schedule, DateTimeOffset after, DateTimeOffset now, CancellationToken ct)
    {
        var audience = await ReminderAudience.LoadAsync(db, ct);
        var occurrences = await schedules.BetweenAsync(schedule, audience.Plan, after, now, ct);
        var moved = await granted.AllAsync(ct);
        var rows = new List<OutboxMessage>();
        foreach (var occurrence in occurrences)
        {
            rows.AddRange(await RowsForAsync(schedule, occurrence, audience, moved, ct));
        }

        return rows;
    }

    private async Task<IEnumerable<OutboxMessage>> RowsForAsync(
        ScheduleDefinition schedule, Occurrence occurrence, ReminderAudience audience, IReadOnlyDictionary<(int TaskId, int UnitId, string PeriodKey), GrantedCutOff> moved, CancellationToken ct)
    {
        if (occurrence.Stage == ReminderStage.OfficeNotice)
        {
            return schedule.RecipientUnitCodes is null
                ? OfficeRows(schedule, occurrence, audience, ReminderKinds.NoticeOf(schedule.Kind), schedule.Kind.ToString(), items: null)
                : audience.UnitsByCode(Recipients(schedule))
                    .SelectMany(audience.PeopleOf)
                    .DistinctBy(p => p.Id)
                    .Select(person => Notice(schedule, occurrence, ReminderKinds.NoticeOf(schedule.Kind), OutboxRecipient.Person(person.Id), schedule.Kind.ToString()));
        }

        var tasks = audience.Plan?.Tasks
            .Where(t => occurrence.IsMoved ? TaskScope.Follows(schedule.Kind, t.Cadence) : TaskScope.Covers(schedule.Kind, t, occurrence))
            .ToList() ?? [];
        HashSet<(int TaskId, int UnitId)> reported = occurrence.Stage == ReminderStage.Reminder ? [] : await ReportedAsync(occurrence.ReportPeriodKey, tasks, ct);
        var pending = tasks
            .SelectMany(task => audience.LeadUnits(task).Where(unit => schedule.RecipientUnitCodes is null || Recipients(schedule).Contains(unit.Code)).Select(unit => (Task: task, Unit: unit)))
            .Where(x => Owes(occurrence, x.Task.Id, x.Unit.Id, moved) && !reported.Contains((x.Task.Id, x.Unit.Id)))
            .ToList();

        if (occurrence.Stage == ReminderStage.Escalation)
        {
            return pending.Count == 0
                ? []
                : OfficeRows(schedule, occurrence, audience, ReminderKinds.Escalation, "escalation", pending);
        }

        // One row per person, whatever the number of their lines: one card each, and the row's key does not depend on
        // how many lines there are, so deciding again (a race, a run now before the fire) never adds a second card.
        var rows = pending
            .SelectMany(p => audience.PeopleOf(p.Unit).Select(person => (PersonId: person.Id, Line: new ReminderLine(p.Task.Id, p.Unit.Id, occurrence.ReportPeriodKey, occurrence.CutOff))))
            .GroupBy(x => x.PersonId)
            .Select(g => ReminderLinesRow.Create(ReminderKinds.Lines, schedule.Key, occurrence.PeriodKey, g.Key, occurrence.Stage, g.Select(x => x.Line).ToList()))
            .ToList();

        var nobody = pending.Where(p => audience.PeopleOf(p.Unit).Count == 0).ToList();
        if (occurrence.Stage == ReminderStage.Reminder && nobody.Count > 0)
        {
            rows.AddRange(OfficeRows(schedule, occurrence, audience, ReminderKinds.Unassigned, "unassigned", nobody));
        }

        return rows;
    }

    /// <summary>
    /// Whether the line is reminded at this occurrence: a line whose cut-off was moved only by the occurrences around its
    /// granted date that fall after the grant, any other line only by the occurrences of its period.
    /// </summary>
    private static bool Owes(Occurrence occurrence, int taskId, int unitId, IReadOnlyDictionary<(int TaskId, int UnitId, string PeriodKey), GrantedCutOff> moved) =>
        moved.TryGetValue((taskId, unitId, occurrence.ReportPeriodKey), out var line)
            ? occurrence.IsMoved && line.CutOff == occurrence.CutOff && line.GrantedAt < occurrence.FireAt
            : !occurrence.IsMoved;

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

    private static IEnumerable<OutboxMessage> OfficeRows(
        ScheduleDefinition schedule, Occurrence occurrence, ReminderAudience audience, OutboxKind kind, string subject, IEnumerable<(PlanTask Task, Unit Unit)>? items)
    {
        var payload = items is null ? null : JsonSerializer.Serialize(items.Select(p => new LateItem(p.Task.Id, p.Unit.Id)));
        return audience.Office.Select(office => Notice(schedule, occurrence, kind, office, subject, payload));
    }

    private static OutboxMessage Notice(ScheduleDefinition schedule, Occurrence occurrence, OutboxKind kind, OutboxRecipient to, string subject, string? payload = null) =>
        OfficeNotices.Row(kind, schedule.Key, occurrence.PeriodKey, to, subject, (occurrence.ReportPeriodKey, occurrence.CutOff), payload);

    /// <summary>The units an admin chose for the schedule; the reminders of each task go to those of its lead units only.</summary>
    private static HashSet<string> Recipients(ScheduleDefinition schedule) =>
        (schedule.RecipientUnitCodes ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
