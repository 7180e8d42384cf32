namespace PciBot.Calendar;

/// <summary>
/// A public day off. A compensatory day names the holiday it makes up for. The words for it come from
/// <see cref="CalendarTexts"/> in the reader's language, except for a holiday listed by hand, which keeps the one
/// free-text name it was given (<see cref="Text"/>).
/// </summary>
internal sealed record Holiday(DateOnly Date, PublicHoliday Name, HolidayKind Kind, int Day = 0, string? Text = null)
{
    public static Holiday Named(DateOnly date, string text, HolidayKind kind) => new(date, default, kind, Text: text);
}
