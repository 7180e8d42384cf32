using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PciBot.Audience;
using PciBot.Calendar;
using PciBot.Data;
using PciBot.Outbox;
using PciBot.People;
using PciBot.Registry;
using PciBot.Reminders;
using PciBot.Rollups;
using PciBot.Schedules;
using PciBot.Status;
using PciBot.Updates;

namespace PciBot.Digests;

/// <summary>
/// Builds the digest from the quarter's rollup (so its lines and statuses are the status model's), the updates and the
/// Office's notices, in a fixed number of queries.
/// </summary>
internal sealed class DigestBuilder(PciBotDbContext db, RollupBuilder rollups, Readiness readiness)
{
    /// <summary>How many items a digest lists per section; the rest are counted.</summary>
    public const int MaxItems = 12;

    public static readonly string Subject = nameof(ScheduleKind.Digest);

    public async Task<Digest?> BuildAsync(ReportingPeriod quarter, DateTimeOffset since, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(quarter);
        var rollup = await rollups.BuildAsync(quarter, RollupScope.Statuses, ct);
        return rollup is null ? null : await BuildAsync(rollup, since, ct);
    }

    /// <summary>The digest of a rollup already built, for a page that shows both (the dashboard's overview).</summary>
    public async Task<Digest> BuildAsync(Rollup rollup, DateTimeOffset since, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(rollup);
        var quarter = rollup.Quarter;
        var tasks = rollup.Tasks.ToDictionary(t => t.TaskId);
        var lines = rollup.Lines.ToList();
        var byUnit = lines.GroupBy(l => (l.UnitId, l.UnitName))
            .OrderBy(g => g.Key.UnitId)
            .Select(g => new DigestCount(g.Key.UnitId, g.Key.UnitName, Digest.Count(g)))
            .ToList();
        var byIndex = rollup.Indices
            .Select(i => new DigestIndexCount(i.Code, i.Name, i.WeightPercent, i.TargetScore, i.TargetText, Digest.Count(i.Tasks.SelectMany(t => t.Lines))))
            .ToList();

        var open = lines.Where(l => StatusRules.IsOpen(l.Status)).ToList();
        var lateUnitIds = open.Where(l => l.Status == ReportStatus.Overdue).Select(l => l.UnitId).Distinct().ToList();
        var memberships = await db.UnitMemberships.AsNoTracking()
            .Where(m => lateUnitIds.Contains(m.UnitId) && m.Person!.TeamsUserId != null)
            .Select(m => new { m.UnitId, m.Role, m.PersonId, m.Person!.TeamsUserId, m.Person.Name })
            .ToListAsync(ct);
        var notReported = open.GroupBy(l => (l.UnitId, l.UnitName))
            .OrderBy(g => g.Key.UnitId)
            .Select(g =>
            {
                var people = memberships.Where(m => m.UnitId == g.Key.UnitId).OrderBy(m => m.PersonId).ToList();
                var heads = people.Any(m => m.Role == MembershipRole.Head) ? people.Where(m => m.Role == MembershipRole.Head) : people;
                return new DigestLateUnit(
                    g.Key.UnitId,
                    g.Key.UnitName,
                    g.Where(l => l.Status == ReportStatus.Due).Select(l => new DigestDueLine(tasks[l.TaskId].Key, l.CutOff!.Value)).ToList(),
                    g.Where(l => l.Status == ReportStatus.Overdue).Select(l => new DigestDueLine(tasks[l.TaskId].Key, l.CutOff!.Value)).ToList(),
                    heads.Select(h => new DigestPerson(h.TeamsUserId!, h.Name)).ToList());
            })
            .ToList();

        var unitNames = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        // An update card opens with the line's latest values, so an obstacle is sent again with every later update of
        // the line: it is new only the first time its unit raises it on the task. The database compares the texts
        // without their surrounding spaces, against the unit's earlier updates of the task found through the line index
        // (texts the bot stores are already trimmed of every kind of white space).
        var ledger = db.Set<ProgressUpdate>();
        var obstacles = (await ledger.AsNoTracking()
                .Where(u => u.SubmittedAt > since && (u.Status == ProgressStatus.Blocked || (u.Obstacles != null && u.Obstacles != "")))
                .Where(u => !ledger.Any(e =>
                    e.TaskId == u.TaskId && e.UnitId == u.UnitId
                    && (e.SubmittedAt < u.SubmittedAt || (e.SubmittedAt == u.SubmittedAt && e.Id < u.Id))
                    && (e.Status == ProgressStatus.Blocked || (e.Obstacles != null && e.Obstacles != ""))
                    && (e.Obstacles ?? "").Trim() == (u.Obstacles ?? "").Trim()))
                .Select(u => new { u.Id, u.TaskId, u.UnitId, u.Obstacles, u.SubmittedAt })
                .ToListAsync(ct))
            .Where(u => tasks.ContainsKey(u.TaskId))
            .OrderBy(u => u.SubmittedAt)
            .ThenBy(u => u.Id)
            .Select(u => new DigestObstacle(u.TaskId, tasks[u.TaskId].Key, unitNames.GetValueOrDefault(u.UnitId, "?"), (u.Obstacles ?? "").Trim(), u.SubmittedAt))
            .ToList();

        var notices = await db.Outbox.AsNoTracking()
            .Where(o => o.Kind == ExtensionRequests.Kind && o.CreatedAt > since && o.Payload != null)
            .Select(o => new { o.PeriodKey, o.Payload, o.CreatedAt, o.Id })
            .ToListAsync(ct);
        var requests = notices.OrderBy(n => n.CreatedAt).ThenBy(n => n.Id)
            .DistinctBy(n => n.PeriodKey)
            .Select(n => JsonSerializer.Deserialize<ExtensionNotice>(n.Payload!))
            .Where(n => n is not null && tasks.ContainsKey(n.TaskId))
            .ToList();
        var requesterIds = requests.Select(r => r!.PersonId).Distinct().ToList();
        var requesters = await db.People.AsNoTracking().Where(p => requesterIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var extensions = requests
            .Select(r => new DigestExtension(r!.TaskId, tasks[r.TaskId].Key, unitNames.GetValueOrDefault(r.UnitId, "?"), requesters.GetValueOrDefault(r.PersonId, "?"), r.CutOff, r.Until, r.Reason))
            .ToList();

        var overdue = lines.Where(l => l.Status == ReportStatus.Overdue)
            .Select(l => new DigestOverdue(l.TaskId, tasks[l.TaskId].Key, l.UnitId, l.UnitName, l.PeriodKey, l.CutOff!.Value))
            .ToList();
        return new Digest(quarter, rollup.AsOf, since, byUnit, byIndex, notReported, obstacles, extensions, overdue, await readiness.ReportAsync(ct));
    }

    /// <summary>
    /// When the previous digest was decided: what is "new" on this one happened after it. Without one, the quarter's
    /// first day.
    /// </summary>
    public async Task<DateTimeOffset> SinceAsync(ReportingPeriod quarter, string? periodKey, DateTimeOffset before, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(quarter);
        var previous = await db.Outbox.AsNoTracking()
            .Where(o => o.Kind == ReminderKinds.Digest && o.PeriodKey != periodKey && o.CreatedAt < before)
            .OrderByDescending(o => o.CreatedAt)
            .Select(o => (DateTimeOffset?)o.CreatedAt)
            .FirstOrDefaultAsync(ct);
        return previous ?? VietnamTime.AtLocal(quarter.Start, TimeOnly.MinValue);
    }
}
