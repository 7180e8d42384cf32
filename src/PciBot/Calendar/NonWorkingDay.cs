namespace PciBot.Calendar;

internal sealed record NonWorkingDay(DateOnly Date, string NameVi, string NameEn, HolidayKind Kind);
