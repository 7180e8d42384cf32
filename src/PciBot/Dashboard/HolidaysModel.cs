using PciBot.Calendar;

namespace PciBot.Dashboard;

/// <summary>A year's days off (computed and announced), its swapped working days, and the admins' own changes.</summary>
internal sealed record HolidaysModel(TabFrame Frame, int Year, IReadOnlyList<NonWorkingDay> DaysOff, IReadOnlyList<DateOnly> WorkingDays, IReadOnlyList<HolidayException> Changes);
