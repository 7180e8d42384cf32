using System.Text.Json;
using PciBot.Outbox;
using PciBot.Schedules;

namespace PciBot.Audience;

/// <summary>
/// The outbox row of one person's reminder about several lines at once, whoever queues it (a schedule's occurrence, the
/// snoozes that fall due together): one row and one card for the person, whatever the number of lines. The lines are
/// the payload; a row with a single line also names it in its own columns, like a <see cref="TaskReminderRow"/>.
/// </summary>
internal static class ReminderLinesRow
{
    /// <summary>The subject of every such row: the key's other parts say whose and when it is.</summary>
    public const string Subject = "lines";

    public static OutboxMessage Create(OutboxKind kind, string scheduleKey, string periodKey, int personId, ReminderStage stage, IReadOnlyList<ReminderLine> lines)
    {
        var row = new OutboxMessage
        {
            Kind = kind,
            ScheduleKey = scheduleKey,
            PeriodKey = periodKey,
            To = OutboxRecipient.Person(personId),
            Subject = Subject,
            Stage = stage,
        };
        Fill(row, lines);
        return row;
    }

    /// <summary>Writes <paramref name="lines"/> into the row: the payload, and the columns that describe them all.</summary>
    public static void Fill(OutboxMessage row, IReadOnlyList<ReminderLine> lines)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(lines);
        var single = lines.Count == 1 ? lines[0] : null;
        var periods = lines.Select(l => l.PeriodKey).Distinct(StringComparer.Ordinal).ToList();
        row.Payload = Serialize(lines);
        row.TaskId = single?.TaskId;
        row.UnitId = single?.UnitId;
        row.ReportPeriodKey = periods.Count == 1 ? periods[0] : null;
        row.CutOff = lines.Count == 0 ? null : lines.Min(l => l.CutOff);
    }

    /// <summary>The lines a task reminder is about: its payload, or for a row of one line without one, its columns.</summary>
    public static IReadOnlyList<ReminderLine> Lines(OutboxMessage row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.Payload is { Length: > 0 } payload)
        {
            return Deserialize(payload);
        }

        return row is { TaskId: { } taskId, UnitId: { } unitId }
            ? [new ReminderLine(taskId, unitId, row.ReportPeriodKey ?? "", row.CutOff ?? DateOnly.MinValue)]
            : [];
    }

    public static string Serialize(IReadOnlyList<ReminderLine> lines) => JsonSerializer.Serialize(lines);

    public static IReadOnlyList<ReminderLine> Deserialize(string payload) => JsonSerializer.Deserialize<List<ReminderLine>>(payload) ?? [];
}
