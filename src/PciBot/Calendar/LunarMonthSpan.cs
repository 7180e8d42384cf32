namespace PciBot.Calendar;

internal readonly record struct LunarMonthSpan(int Year, int Month, bool IsLeap, int FirstDayNumber, int DayCount)
{
    public bool Contains(int dayNumber) => dayNumber >= FirstDayNumber && dayNumber < FirstDayNumber + DayCount;
}
