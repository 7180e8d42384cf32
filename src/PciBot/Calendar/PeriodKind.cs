namespace PciBot.Calendar;

internal enum PeriodKind
{
    Month,
    Quarter,
    HalfYear,
    Year,
}
