using System.Collections.Concurrent;

namespace PciBot.Calendar;

// The East Asian lunisolar rules reckoned at a fixed UTC offset: a month starts on the local day of a new moon,
// the month holding the December solstice is the 11th, and when 13 months separate two 11th months the first
// of them (after the 11th) holding no major solar term (a multiple of 30° of solar longitude) is the leap month.
internal sealed class AstronomicalLunisolarCalendar(TimeSpan utcOffset)
{
    // Covers lunar years 1900 to 2199 whole, the last of which ends in early 2200.
    public static readonly DateOnly MinSupportedDate = new(1900, 1, 1);
    public static readonly DateOnly MaxSupportedDate = new(2200, 12, 31);

    // Julian day of 0001-01-01 00:00 UT, the origin of DateOnly.DayNumber.
    private const double JulianDayOfDayNumberZero = 1721425.5;
    private const double WinterSolsticeLongitude = 270;
    private const double MajorTermSpacing = 30;

    private readonly double offsetDays = utcOffset.TotalDays;
    private readonly ConcurrentDictionary<int, SolsticeYear> solsticeYears = new();

    public TimeSpan UtcOffset { get; } = utcOffset;

    public LunarDate FromGregorian(DateOnly date)
    {
        if (date < MinSupportedDate || date > MaxSupportedDate)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"Supported from {MinSupportedDate:yyyy-MM-dd} to {MaxSupportedDate:yyyy-MM-dd}.");
        }

        var dayNumber = date.DayNumber;
        var span = SolsticeYearOf(date.Year);
        if (dayNumber < span.FirstDayNumber)
        {
            span = SolsticeYearOf(date.Year - 1);
        }

        var month = span.MonthContaining(dayNumber);
        return new LunarDate(month.Year, month.Month, dayNumber - month.FirstDayNumber + 1, month.IsLeap);
    }

    public DateOnly ToGregorian(int lunarYear, int lunarMonth, int lunarDay, bool leapMonth = false)
    {
        var month = FindMonth(lunarYear, lunarMonth, leapMonth);
        if (lunarDay < 1 || lunarDay > month.DayCount)
        {
            throw new ArgumentOutOfRangeException(nameof(lunarDay), lunarDay, $"Month {lunarMonth} of {lunarYear} has {month.DayCount} days.");
        }

        var date = DateOnly.FromDayNumber(month.FirstDayNumber + lunarDay - 1);
        if (date < MinSupportedDate || date > MaxSupportedDate)
        {
            throw new ArgumentOutOfRangeException(nameof(lunarYear), lunarYear, $"Supported from {MinSupportedDate:yyyy-MM-dd} to {MaxSupportedDate:yyyy-MM-dd}.");
        }

        return date;
    }

    public int DaysInMonth(int lunarYear, int lunarMonth, bool leapMonth = false) =>
        FindMonth(lunarYear, lunarMonth, leapMonth).DayCount;

    public int? LeapMonth(int lunarYear)
    {
        ValidateYear(lunarYear);
        foreach (var span in new[] { SolsticeYearOf(lunarYear - 1), SolsticeYearOf(lunarYear) })
        {
            foreach (var month in span.Months)
            {
                if (month.IsLeap && month.Year == lunarYear)
                {
                    return month.Month;
                }
            }
        }

        return null;
    }

    private LunarMonthSpan FindMonth(int lunarYear, int lunarMonth, bool leapMonth)
    {
        ValidateYear(lunarYear);
        if (lunarMonth is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(lunarMonth), lunarMonth, "A lunar month is numbered 1 to 12.");
        }

        // Months 11 and 12 open the span that starts in the same Gregorian year; months 1 to 10 close the previous one.
        var span = SolsticeYearOf(lunarMonth >= 11 ? lunarYear : lunarYear - 1);
        return span.Find(lunarYear, lunarMonth, leapMonth)
            ?? throw new ArgumentOutOfRangeException(nameof(leapMonth), leapMonth, $"Lunar year {lunarYear} has no leap month {lunarMonth}.");
    }

    private static void ValidateYear(int lunarYear)
    {
        if (lunarYear < MinSupportedDate.Year - 1 || lunarYear > MaxSupportedDate.Year)
        {
            throw new ArgumentOutOfRangeException(nameof(lunarYear), lunarYear, $"Supported lunar years are {MinSupportedDate.Year - 1} (its end) to {MaxSupportedDate.Year} (its start).");
        }
    }

    private SolsticeYear SolsticeYearOf(int gregorianYear) => solsticeYears.GetOrAdd(gregorianYear, BuildSolsticeYear);

    private SolsticeYear BuildSolsticeYear(int gregorianYear)
    {
        var firstLunation = LunationHoldingWinterSolstice(gregorianYear);
        var monthCount = LunationHoldingWinterSolstice(gregorianYear + 1) - firstLunation;
        var firstDays = new int[monthCount + 1];
        for (var i = 0; i <= monthCount; i++)
        {
            firstDays[i] = NewMoonDayNumber(firstLunation + i);
        }

        var leapIndex = monthCount == 13 ? FirstMonthWithoutMajorTerm(firstDays) : -1;

        var months = new LunarMonthSpan[monthCount];
        var year = gregorianYear;
        var number = 11;
        for (var i = 0; i < monthCount; i++)
        {
            var isLeap = i == leapIndex;
            if (i > 0 && !isLeap)
            {
                number++;
                if (number > 12)
                {
                    number = 1;
                    year++;
                }
            }

            months[i] = new LunarMonthSpan(year, number, isLeap, firstDays[i], firstDays[i + 1] - firstDays[i]);
        }

        return new SolsticeYear(months);
    }

    private int FirstMonthWithoutMajorTerm(int[] firstDays)
    {
        for (var i = 1; i < firstDays.Length - 1; i++)
        {
            if (MajorTermSector(firstDays[i]) == MajorTermSector(firstDays[i + 1]))
            {
                return i;
            }
        }

        throw new InvalidOperationException("A thirteen-month solstice year always has a month without a major term.");
    }

    private int LunationHoldingWinterSolstice(int gregorianYear)
    {
        var lastDay = new DateOnly(gregorianYear, 12, 31).DayNumber;
        var k = Astronomy.MeanLunationAtOrBefore(LocalMidnight(lastDay + 1));
        while (NewMoonDayNumber(k + 1) <= lastDay)
        {
            k++;
        }

        while (NewMoonDayNumber(k) > lastDay)
        {
            k--;
        }

        return SunLongitudeAtStartOf(NewMoonDayNumber(k)) < WinterSolsticeLongitude ? k : k - 1;
    }

    private int NewMoonDayNumber(int lunation) =>
        (int)Math.Floor(Astronomy.NewMoon(lunation) + offsetDays - JulianDayOfDayNumberZero);

    private double LocalMidnight(int dayNumber) => dayNumber + JulianDayOfDayNumberZero - offsetDays;

    private double SunLongitudeAtStartOf(int dayNumber) => Astronomy.SunLongitude(LocalMidnight(dayNumber));

    // A month holds a major term exactly when the sector of solar longitude changes between its first midnight and the next month's.
    private int MajorTermSector(int dayNumber) => (int)(SunLongitudeAtStartOf(dayNumber) / MajorTermSpacing);
}
