using System.Globalization;

namespace PciBot.Calendar;

/// <summary>What Calendar says, one subclass per language; reached as <c>texts.Calendar</c>.</summary>
internal abstract class CalendarTexts
{
    public static CalendarTexts Vietnamese { get; } = new VietnameseCalendarTexts();

    public static CalendarTexts English { get; } = new EnglishCalendarTexts();

    public abstract string PeriodLabel(ReportingPeriod period);

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
}
