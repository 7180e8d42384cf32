namespace PciBot.Calendar;

// The official Vietnamese calendar has been reckoned at UTC+7 since 1968 and differs from China's (UTC+8)
// whenever a new moon or a major solar term falls between 23:00 and 24:00 Hanoi time. Earlier years are
// reckoned the same way so that the whole supported range follows one rule.
internal static class VietnameseLunarCalendar
{
    private static readonly AstronomicalLunisolarCalendar Calendar = new(TimeSpan.FromHours(7));

    public static TimeSpan UtcOffset => Calendar.UtcOffset;

    public static DateOnly MinSupportedDate => AstronomicalLunisolarCalendar.MinSupportedDate;

    public static DateOnly MaxSupportedDate => AstronomicalLunisolarCalendar.MaxSupportedDate;

    public static DateOnly ToGregorian(int lunarYear, int lunarMonth, int lunarDay, bool leapMonth = false) =>
        Calendar.ToGregorian(lunarYear, lunarMonth, lunarDay, leapMonth);

    public static LunarDate FromGregorian(DateOnly date) => Calendar.FromGregorian(date);

    public static int DaysInMonth(int lunarYear, int lunarMonth, bool leapMonth = false) =>
        Calendar.DaysInMonth(lunarYear, lunarMonth, leapMonth);

    public static int? LeapMonth(int lunarYear) => Calendar.LeapMonth(lunarYear);
}
