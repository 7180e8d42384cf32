namespace PciBot.Calendar;

/// <summary>
/// A period as a question names it: relative to today ("quý này", "next month") or by number ("tháng 12",
/// "Q4 2023"). A number without a year means that period of the current reporting year of its kind.
/// </summary>
internal sealed record PeriodRef(PeriodKind Kind, int Offset = 0, int? Number = null, int? Year = null)
{
    public static PeriodRef ThisQuarter { get; } = new(PeriodKind.Quarter);

    public ReportingPeriod Resolve(DateOnly today)
    {
        var current = ReportingPeriods.Containing(Kind, today);
        if (Number is null && Year is null)
        {
            var period = current;
            for (var i = 0; i < Math.Abs(Offset); i++)
            {
                period = Offset > 0 ? ReportingPeriods.Next(period) : ReportingPeriods.Previous(period);
            }

            return period;
        }

        return ReportingPeriods.Of(Kind, Year ?? current.Year, Kind == PeriodKind.Year ? 1 : Number ?? current.Number);
    }
}
