namespace PciBot.Calendar;

// The default days off of civil servants under Labour Code 2019 art. 111–112. The government announces the
// exact Tết and National Day arrangement each year; those corrections reach WorkingCalendar as exceptions.
internal static class VietnamPublicHolidays
{
    private const int TetDaysInNewYear = 4;

    public static IReadOnlyList<Holiday> ForYear(int year)
    {
        var holidays = new List<Holiday>
        {
            new(new DateOnly(year, 1, 1), PublicHoliday.NewYear, HolidayKind.PublicHoliday),
        };

        // Art. 112 grants five Tết days and leaves their placement to the government; the default is the last day
        // of the old lunar year and the first four of the new one, the most common arrangement.
        var tet = VietnameseLunarCalendar.ToGregorian(year, 1, 1);
        var eve = tet.AddDays(-1);
        holidays.Add(new(eve, PublicHoliday.TetEve, HolidayKind.Tet, VietnameseLunarCalendar.FromGregorian(eve).Day));
        for (var day = 1; day <= TetDaysInNewYear; day++)
        {
            holidays.Add(new(tet.AddDays(day - 1), PublicHoliday.Tet, HolidayKind.Tet, day));
        }

        // In a year with a leap third month the commemoration keeps to the ordinary one.
        holidays.Add(new(VietnameseLunarCalendar.ToGregorian(year, 3, 10), PublicHoliday.HungKings, HolidayKind.PublicHoliday));
        holidays.Add(new(new DateOnly(year, 4, 30), PublicHoliday.VictoryDay, HolidayKind.PublicHoliday));
        holidays.Add(new(new DateOnly(year, 5, 1), PublicHoliday.LabourDay, HolidayKind.PublicHoliday));

        // The law leaves the choice of the day before or after 2/9 to the government; 1/9 when it is a weekday,
        // else 3/9, matches the announcements for 2023, 2024 and 2025.
        var nationalDay = new DateOnly(year, 9, 2);
        var eveOfNationalDay = nationalDay.AddDays(-1);
        var adjacent = IsWeekend(eveOfNationalDay) ? nationalDay.AddDays(1) : eveOfNationalDay;
        holidays.Add(new(adjacent, PublicHoliday.NationalDayAdjacent, HolidayKind.PublicHoliday));
        holidays.Add(new(nationalDay, PublicHoliday.NationalDay, HolidayKind.PublicHoliday));

        holidays.AddRange(CompensatoryDays(holidays));
        holidays.Sort((left, right) => left.Date.CompareTo(right.Date));
        return holidays;
    }

    // Art. 111(3): a holiday on a weekly rest day is made up on the next working day. Taking the holidays in
    // order and skipping days already off puts each make-up day after the whole block of days off.
    private static List<Holiday> CompensatoryDays(List<Holiday> holidays)
    {
        var daysOff = holidays.Select(holiday => holiday.Date).ToHashSet();
        var compensatory = new List<Holiday>();
        var onWeekends = holidays
            .Where(holiday => IsWeekend(holiday.Date))
            .DistinctBy(holiday => holiday.Date)
            .OrderBy(holiday => holiday.Date);

        foreach (var holiday in onWeekends)
        {
            var day = holiday.Date.AddDays(1);
            while (IsWeekend(day) || daysOff.Contains(day))
            {
                day = day.AddDays(1);
            }

            daysOff.Add(day);
            // A day made up for any day of Tết is made up for Tết as a whole.
            compensatory.Add(holiday.Kind == HolidayKind.Tet
                ? new(day, PublicHoliday.Tet, HolidayKind.Compensatory)
                : holiday with { Date = day, Kind = HolidayKind.Compensatory });
        }

        return compensatory;
    }

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
