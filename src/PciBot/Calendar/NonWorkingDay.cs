namespace PciBot.Calendar;

/// <summary>A weekday off: the holidays that fall on it, or none for a day off announced by the admins.</summary>
internal sealed record NonWorkingDay(DateOnly Date, IReadOnlyList<Holiday> Holidays, HolidayKind Kind);
