namespace PciBot.Calendar;

internal enum HolidayKind
{
    PublicHoliday,
    Tet,
    Compensatory,
    ExtraDayOff,
}
