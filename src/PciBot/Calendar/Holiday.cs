namespace PciBot.Calendar;

internal sealed record Holiday(DateOnly Date, string NameVi, string NameEn, HolidayKind Kind);
