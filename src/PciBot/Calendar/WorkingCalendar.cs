using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;

namespace PciBot.Calendar;

// Days off are the computed public holidays, corrected by what the government announces each year: extra days
// off (often around Tết) and extra working days (a Saturday worked to bridge a holiday, or a computed holiday
// the announcement moved). An extra working day wins over everything else. Instances are immutable and
// thread-safe; build a new one when the exceptions change.
internal sealed class WorkingCalendar
{
    private readonly Func<int, IReadOnlyList<Holiday>> holidaysOfYear;
    private readonly FrozenSet<DateOnly> extraDaysOff;
    private readonly FrozenSet<DateOnly> extraWorkingDays;
    private readonly ConcurrentDictionary<int, WorkingYear> years = new();

    public WorkingCalendar()
        : this([], [])
    {
    }

    public WorkingCalendar(IEnumerable<DateOnly> extraDaysOff, IEnumerable<DateOnly> extraWorkingDays)
        : this(VietnamPublicHolidays.ForYear, extraDaysOff, extraWorkingDays)
    {
    }

    public WorkingCalendar(
        Func<int, IReadOnlyList<Holiday>> holidaysOfYear,
        IEnumerable<DateOnly> extraDaysOff,
        IEnumerable<DateOnly> extraWorkingDays)
    {
        ArgumentNullException.ThrowIfNull(holidaysOfYear);
        ArgumentNullException.ThrowIfNull(extraDaysOff);
        ArgumentNullException.ThrowIfNull(extraWorkingDays);

        this.holidaysOfYear = holidaysOfYear;
        this.extraDaysOff = extraDaysOff.ToFrozenSet();
        this.extraWorkingDays = extraWorkingDays.ToFrozenSet();

        var contradictions = this.extraDaysOff.Where(this.extraWorkingDays.Contains).Order().ToList();
        if (contradictions.Count > 0)
        {
            throw new ArgumentException(
                $"Days both off and working: {string.Join(", ", contradictions.Select(day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))}.",
                nameof(extraWorkingDays));
        }
    }

    public bool IsWorkingDay(DateOnly date) => YearOf(date.Year).IsWorkingDay(date);

    public DateOnly OnOrBeforeWorkingDay(DateOnly date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.AddDays(-1);
        }

        return date;
    }

    public DateOnly OnOrAfterWorkingDay(DateOnly date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    // Counts working days strictly after (or, for a negative count, before) the given date, which need not be
    // a working day itself; zero returns the date unchanged.
    public DateOnly AddWorkingDays(DateOnly date, int workingDays)
    {
        var step = Math.Sign(workingDays);
        for (var remaining = Math.Abs(workingDays); remaining > 0;)
        {
            date = date.AddDays(step);
            if (IsWorkingDay(date))
            {
                remaining--;
            }
        }

        return date;
    }

    // Holidays, make-up days and announced days off of the year, weekdays or not; plain weekends are left out,
    // and so are the days an announcement turned into working days.
    public IReadOnlyList<NonWorkingDay> NonWorkingDays(int year) => YearOf(year).NonWorkingDays;

    // Days that would be off (a weekend or a holiday) but were declared working days.
    public IReadOnlyList<DateOnly> SwappedWorkingDays(int year) => YearOf(year).SwappedWorkingDays;

    private WorkingYear YearOf(int year) =>
        years.GetOrAdd(year, y => new WorkingYear(y, holidaysOfYear(y), extraDaysOff, extraWorkingDays));
}
