using System.Globalization;

namespace PciBot.Calendar;

/// <summary>
/// What Calendar says, one subclass per language; reached as <c>texts.Calendar</c>. Periods and holidays carry no
/// words: their labels and names are put together here from each language's pieces.
/// </summary>
internal abstract class CalendarTexts
{
    public static CalendarTexts Vietnamese { get; } = new VietnameseCalendarTexts();

    public static CalendarTexts English { get; } = new EnglishCalendarTexts();

    public string PeriodLabel(ReportingPeriod period) => period.Kind switch
    {
        PeriodKind.Month => Month(period.Number, period.Year),
        PeriodKind.Quarter => Quarter(period.Number, period.Year),
        PeriodKind.HalfYear => HalfYear(period.Number, period.Year),
        _ => Year(period.Year),
    };

    /// <summary>The names of the holidays of a day off, or the announced day off's.</summary>
    public string Name(NonWorkingDay day) =>
        day.Holidays.Count == 0 ? ExtraDayOff : string.Join("; ", day.Holidays.Select(Name));

    public string Name(Holiday holiday)
    {
        var name = holiday.Text ?? Name(holiday.Name, holiday.Day);
        return holiday.Kind == HolidayKind.Compensatory ? InLieuOf(name) : name;
    }

    public abstract string DeadlineLabel(DateOnly deadline);

    /// <summary>A period key as its reader says it: a reporting period ("2023-Q4"), a deadline ("D2023-12-31"), else the key.</summary>
    public string PeriodText(string? periodKey) =>
        periodKey is null ? "" :
        ReportingPeriods.TryParse(periodKey, out var period) ? PeriodLabel(period) :
        periodKey.StartsWith('D') && DateOnly.TryParseExact(periodKey[1..], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var deadline) ? DeadlineLabel(deadline) :
        periodKey;

    /// <summary>An instant as people in Khánh Hòa read it: "HH:mm dd/MM/yyyy" in Vietnam time.</summary>
    public static string LocalMoment(DateTimeOffset instant) =>
        VietnamTime.ToLocal(instant).ToString("HH':'mm dd'/'MM'/'yyyy", CultureInfo.InvariantCulture);

    public abstract string Year(int year);

    protected abstract string Month(int number, int year);

    protected abstract string Quarter(int number, int year);

    protected abstract string HalfYear(int number, int year);

    /// <summary>A public holiday; <paramref name="day"/> as in <see cref="Holiday.Day"/>.</summary>
    protected abstract string Name(PublicHoliday holiday, int day);

    protected abstract string InLieuOf(string holiday);

    protected abstract string ExtraDayOff { get; }
}
