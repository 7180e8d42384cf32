using PciBot.Localization;

namespace PciBot.Calendar;

internal sealed class VietnameseCalendarTexts : CalendarTexts
{
    private const string Tet = "Tết Nguyên đán";

    public override string Year(int year) => $"Năm {year}";

    protected override string Month(int number, int year) => $"Tháng {number}/{year}";

    protected override string Quarter(int number, int year) => $"Quý {RomanNumeral(number)}/{year}";

    protected override string HalfYear(int number, int year) =>
        number == 1 ? $"6 tháng đầu năm {year}" : $"6 tháng cuối năm {year}";

    protected override string Name(PublicHoliday holiday, int day) => holiday switch
    {
        PublicHoliday.NewYear => "Tết Dương lịch",
        PublicHoliday.TetEve => $"{Tet} ({day} tháng Chạp)",
        PublicHoliday.Tet => day == 0 ? Tet : $"{Tet} (mùng {day})",
        PublicHoliday.HungKings => "Giỗ Tổ Hùng Vương (10/3 Âm lịch)",
        PublicHoliday.VictoryDay => "Ngày Chiến thắng",
        PublicHoliday.LabourDay => "Ngày Quốc tế Lao động",
        PublicHoliday.NationalDayAdjacent => "Quốc khánh (ngày nghỉ liền kề)",
        _ => "Quốc khánh",
    };

    public override string DeadlineLabel(DateOnly deadline) => $"hạn {BotTexts.Date(deadline)}";

    protected override string InLieuOf(string holiday) => $"Nghỉ bù {holiday}";

    protected override string ExtraDayOff => "Ngày nghỉ theo thông báo";

    private static string RomanNumeral(int quarter) => quarter switch
    {
        1 => "I",
        2 => "II",
        3 => "III",
        4 => "IV",
        _ => throw new ArgumentOutOfRangeException(nameof(quarter), quarter, "A quarter is numbered 1 to 4."),
    };
}
