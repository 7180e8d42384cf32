using System.Globalization;

namespace PciBot.Calendar;

// End is the cut-off date and belongs to the period. Build instances through ReportingPeriods. Its label in each
// language comes from CalendarTexts.PeriodLabel.
internal sealed record ReportingPeriod(PeriodKind Kind, int Year, int Number, DateOnly Start, DateOnly End)
{
    // A stable, language-neutral identifier such as "2023-Q4", "2024-M01", "2024-H1" or "2024".
    public string Key => Kind switch
    {
        PeriodKind.Month => string.Create(CultureInfo.InvariantCulture, $"{Year}-M{Number:00}"),
        PeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Year}-Q{Number}"),
        PeriodKind.HalfYear => string.Create(CultureInfo.InvariantCulture, $"{Year}-H{Number}"),
        _ => Year.ToString(CultureInfo.InvariantCulture),
    };

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    public override string ToString() => Key;
}
