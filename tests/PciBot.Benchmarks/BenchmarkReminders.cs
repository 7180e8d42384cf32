using Microsoft.EntityFrameworkCore;
using PciBot.Data;
using PciBot.Outbox;
using PciBot.Registry;
using PciBot.Reminders;
using PciBot.Schedules;

namespace PciBot.Benchmarks;

/// <summary>The reminders the fan-out and memory workloads queue themselves: Q4/2023 task reminders, one per person.</summary>
internal static class BenchmarkReminders
{
    /// <summary>Every (task, lead unit) pair whose lead is an internal unit, in a fixed order.</summary>
    public static async Task<List<(int TaskId, int UnitId)>> LeadPairsAsync(PciBotDbContext db)
    {
        var internalUnits = await db.Units.Where(u => u.Internal && u.Kind == UnitKind.Unit).Select(u => u.Id).ToListAsync();
        var leads = await db.TaskUnits.AsNoTracking()
            .Where(l => l.Role == TaskUnitRole.Lead && internalUnits.Contains(l.UnitId))
            .OrderBy(l => l.TaskId).ThenBy(l => l.UnitId)
            .Select(l => new { l.TaskId, l.UnitId })
            .ToListAsync();
        return leads.Select(l => (l.TaskId, l.UnitId)).ToList();
    }

    /// <summary>A pending Q4/2023 reminder to one person about one task line, due at <paramref name="now"/>.</summary>
    public static OutboxMessage QuarterlyReminder(int personId, int taskId, int unitId, DateTimeOffset now) => new()
    {
        Kind = ReminderKinds.Reminder,
        ScheduleKey = "quarterly",
        PeriodKey = "2023-Q4/reminder",
        RecipientKind = RecipientKind.Person,
        RecipientKey = $"person:{personId}",
        PersonId = personId,
        Subject = $"task:{taskId}/unit:{unitId}",
        Stage = ReminderStage.Reminder,
        TaskId = taskId,
        UnitId = unitId,
        ReportPeriodKey = "2023-Q4",
        CutOff = new DateOnly(2023, 12, 14),
        Status = OutboxStatus.Pending,
        CreatedAt = now,
        NextAttemptAt = now,
    };
}
