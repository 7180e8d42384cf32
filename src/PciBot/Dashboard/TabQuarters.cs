using PciBot.Calendar;

namespace PciBot.Dashboard;

/// <summary>The quarters the picker offers: the open one (Vietnam's today) and the five before it.</summary>
internal static class TabQuarters
{
    public const int Count = 6;

    public static ReportingPeriod Open(TimeProvider time) => ReportingPeriods.Containing(PeriodKind.Quarter, VietnamTime.Today(time));

    /// <summary>The quarter asked for ("2023-Q4"), or the open one.</summary>
    public static ReportingPeriod Chosen(string? key, TimeProvider time) =>
        ReportingPeriods.TryParse(key, out var period) && period.Kind == PeriodKind.Quarter ? period : Open(time);

    public static IReadOnlyList<ReportingPeriod> Offered(ReportingPeriod chosen, TimeProvider time)
    {
        var quarters = new List<ReportingPeriod>();
        for (var quarter = Open(time); quarters.Count < Count; quarter = ReportingPeriods.Previous(quarter))
        {
            quarters.Add(quarter);
        }

        if (!quarters.Contains(chosen))
        {
            quarters.Add(chosen);
        }

        return quarters;
    }
}
