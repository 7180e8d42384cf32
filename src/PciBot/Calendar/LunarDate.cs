namespace PciBot.Calendar;

internal sealed record LunarDate(int Year, int Month, int Day, bool IsLeapMonth);
