namespace PciBot.Calendar;

internal sealed class WorkingYear
{
    private readonly bool[] workingDays;

    public WorkingYear(int year, IReadOnlyList<Holiday> holidays, IReadOnlySet<DateOnly> extraDaysOff, IReadOnlySet<DateOnly> extraWorkingDays)
    {
        Year = year;
        var first = new DateOnly(year, 1, 1);
        workingDays = new bool[DateTime.IsLeapYear(year) ? 366 : 365];
        var holidaysByDate = holidays.Where(holiday => holiday.Date.Year == year).ToLookup(holiday => holiday.Date);
        var nonWorkingDays = new List<NonWorkingDay>();
        var swappedWorkingDays = new List<DateOnly>();

        for (var i = 0; i < workingDays.Length; i++)
        {
            var date = first.AddDays(i);
            var named = holidaysByDate[date].ToList();
            var isWeekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            var isDayOff = isWeekend || named.Count > 0 || extraDaysOff.Contains(date);

            if (extraWorkingDays.Contains(date))
            {
                workingDays[i] = true;
                if (isDayOff)
                {
                    swappedWorkingDays.Add(date);
                }

                continue;
            }

            workingDays[i] = !isDayOff;
            if (named.Count > 0)
            {
                nonWorkingDays.Add(new NonWorkingDay(date, named, named[0].Kind));
            }
            else if (extraDaysOff.Contains(date) && !isWeekend)
            {
                nonWorkingDays.Add(new NonWorkingDay(date, [], HolidayKind.ExtraDayOff));
            }
        }

        NonWorkingDays = nonWorkingDays;
        SwappedWorkingDays = swappedWorkingDays;
    }

    public int Year { get; }

    public IReadOnlyList<NonWorkingDay> NonWorkingDays { get; }

    public IReadOnlyList<DateOnly> SwappedWorkingDays { get; }

    public bool IsWorkingDay(DateOnly date) => workingDays[date.DayOfYear - 1];
}
