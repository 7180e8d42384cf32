using System.Globalization;
using PciBot.Localization;

namespace PciBot.Calendar;

internal sealed class EnglishCalendarTexts : CalendarTexts
{
    private const string Tet = "Lunar New Year (Tết)";

    public override string Year(int year) => $"Year {year}";

    protected override string Month(int number, int year) =>
        $"{CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(number)} {year}";

    protected override string Quarter(int number, int year) => $"Q{number} {year}";

    protected override string HalfYear(int number, int year) => $"H{number} {year}";

    protected override string Name(PublicHoliday holiday, int day) => holiday switch
    {
        PublicHoliday.NewYear => "New Year's Day",
        PublicHoliday.TetEve => $"{Tet}, New Year's Eve",
        PublicHoliday.Tet => day == 0 ? Tet : $"{Tet}, day {day}",
        PublicHoliday.HungKings => "Hung Kings' Commemoration Day",
        PublicHoliday.VictoryDay => "Reunification Day",
        PublicHoliday.LabourDay => "International Labour Day",
        PublicHoliday.NationalDayAdjacent => "National Day (adjacent day off)",
        _ => "National Day",
    };

    public override string DeadlineLabel(DateOnly deadline) => $"due {BotTexts.Date(deadline)}";

    protected override string InLieuOf(string holiday) => $"Day off in lieu of {holiday}";

    protected override string ExtraDayOff => "Announced day off";
}
