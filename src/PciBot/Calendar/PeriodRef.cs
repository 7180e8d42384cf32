namespace PciBot.Calendar;

/// <summary>
/// A period as a question names it: relative to today ("quý này", "next month") or by number ("tháng 12",
/// "Q4 2023", "quý ba năm ngoái"). A number without a year means that period of the current reporting year of its
/// kind, moved by <see cref="YearOffset"/> years ("năm ngoái" is −1).
/// </summary>
internal sealed record PeriodRef(PeriodKind Kind, int Offset = 0, int? Number = null, int? Year = null, int YearOffset = 0)
{
    public static PeriodRef ThisQuarter { get; } = new(PeriodKind.Quarter);

    public static PeriodRef Of(ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return new(period.Kind, Number: period.Number, Year: period.Year);
    }

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

        return ReportingPeriods.Of(Kind, Year ?? current.Year + YearOffset, Kind == PeriodKind.Year ? 1 : Number ?? current.Number);
    }
}
