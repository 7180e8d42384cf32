namespace PciBot.Calendar;

// The lunar months from the one holding the December solstice of a Gregorian year up to, not including,
// the one holding the next December solstice: the span in which the leap-month rule is applied.
internal sealed class SolsticeYear(IReadOnlyList<LunarMonthSpan> months)
{
    public IReadOnlyList<LunarMonthSpan> Months { get; } = months;

    public int FirstDayNumber => Months[0].FirstDayNumber;

    public LunarMonthSpan MonthContaining(int dayNumber)
    {
        for (var i = Months.Count - 1; i >= 0; i--)
        {
            if (Months[i].FirstDayNumber <= dayNumber)
            {
                return Months[i];
            }
        }

        throw new ArgumentOutOfRangeException(nameof(dayNumber), dayNumber, "The day precedes this span.");
    }

    public LunarMonthSpan? Find(int lunarYear, int lunarMonth, bool isLeap)
    {
        foreach (var month in Months)
        {
            if (month.Year == lunarYear && month.Month == lunarMonth && month.IsLeap == isLeap)
            {
                return month;
            }
        }

        return null;
    }
}
