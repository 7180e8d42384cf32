using PciBot.Calendar;

namespace PciBot.Schedules;

/// <summary>
/// One firing of a schedule: when, at which stage, for which reporting period and cut-off. The period key is
/// unique within the schedule ("2023-Q4/reminder", "2023-12-31/T-7"); the period is null for deadline and
/// year-end occurrences. An occurrence around a moved cut-off (<see cref="MovedCutOff"/>) names the key the moved
/// lines report against in <paramref name="MovedKey"/> and is about those lines only.
/// </summary>
internal sealed record Occurrence(DateTimeOffset FireAt, ReminderStage Stage, string PeriodKey, DateOnly CutOff, ReportingPeriod? Period, string? MovedKey = null)
{
    public DateOnly LocalDate => DateOnly.FromDateTime(VietnamTime.ToLocal(FireAt).DateTime);

    public bool IsMoved => MovedKey is not null;

    /// <summary>What units report against: the period's key, or the deadline ("D2023-12-31").</summary>
    public string ReportPeriodKey => MovedKey ?? Period?.Key ?? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"D{CutOff:yyyy-MM-dd}");
}
