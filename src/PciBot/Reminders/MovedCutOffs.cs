using Microsoft.EntityFrameworkCore;
using PciBot.Calendar;
using PciBot.Data;
using PciBot.Registry;
using PciBot.Schedules;
using PciBot.Updates;

namespace PciBot.Reminders;

/// <summary>
/// The cut-offs the Office moved by granting more time, for the schedule that reminds about each line's task: its
/// reminders then follow the granted date for that line (see <see cref="ReminderPlanner"/>).
/// </summary>
internal sealed class MovedCutOffs(PciBotDbContext db, GrantedCutOffs granted) : IMovedCutOffs
{
    public async Task<IReadOnlyList<MovedCutOff>> ForAsync(ScheduleKind kind, CancellationToken ct)
    {
        var lines = await granted.AllAsync(ct);
        if (lines.Count == 0)
        {
            return [];
        }

        var taskIds = lines.Keys.Select(l => l.TaskId).Distinct().ToList();
        var cadences = await db.Tasks.AsNoTracking().Where(t => taskIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Cadence, ct);
        return lines
            .Where(l => cadences.TryGetValue(l.Key.TaskId, out var cadence) && TaskScope.Follows(kind, cadence))
            .GroupBy(l => (l.Key.PeriodKey, l.Value.CutOff))
            .OrderBy(g => g.Key.CutOff).ThenBy(g => g.Key.PeriodKey, StringComparer.Ordinal)
            .Select(g => new MovedCutOff(
                g.Key.PeriodKey,
                ReportingPeriods.TryParse(g.Key.PeriodKey, out var period) ? period : null,
                g.Key.CutOff,
                g.Min(l => l.Value.GrantedAt)))
            .ToList();
    }
}
