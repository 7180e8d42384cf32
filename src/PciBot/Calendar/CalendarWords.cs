using System.Globalization;

namespace PciBot.Calendar;

internal static class CalendarWords
{
    public static class Vi
    {
        public const string NewYear = "Tết Dương lịch";
        public const string Tet = "Tết Nguyên đán";
        public const string HungKings = "Giỗ Tổ Hùng Vương (10/3 Âm lịch)";
        public const string VictoryDay = "Ngày Chiến thắng";
        public const string LabourDay = "Ngày Quốc tế Lao động";
        public const string NationalDay = "Quốc khánh";
        public const string NationalDayAdjacent = "Quốc khánh (ngày nghỉ liền kề)";
        public const string ExtraDayOff = "Ngày nghỉ theo thông báo";

        public static string TetEve(int lunarDay) => $"{Tet} ({lunarDay} tháng Chạp)";

        public static string TetDay(int lunarDay) => $"{Tet} (mùng {lunarDay})";

        public static string InLieuOf(string holiday) => $"Nghỉ bù {holiday}";

        public static string Month(int number, int year) => $"Tháng {number}/{year}";

        public static string Quarter(int number, int year) => $"Quý {RomanNumeral(number)}/{year}";

        public static string HalfYear(int number, int year) =>
            number == 1 ? $"6 tháng đầu năm {year}" : $"6 tháng cuối năm {year}";

        public static string Year(int year) => $"Năm {year}";

        private static string RomanNumeral(int quarter) => quarter switch
        {
            1 => "I",
            2 => "II",
            3 => "III",
            4 => "IV",
            _ => throw new ArgumentOutOfRangeException(nameof(quarter), quarter, "A quarter is numbered 1 to 4."),
        };
    }

    public static class En
    {
        public const string NewYear = "New Year's Day";
        public const string Tet = "Lunar New Year (Tết)";
        public const string HungKings = "Hung Kings' Commemoration Day";
        public const string VictoryDay = "Reunification Day";
        public const string LabourDay = "International Labour Day";
        public const string NationalDay = "National Day";
        public const string NationalDayAdjacent = "National Day (adjacent day off)";
        public const string ExtraDayOff = "Announced day off";
        public const string TetEve = $"{Tet}, New Year's Eve";

        public static string TetDay(int lunarDay) => $"{Tet}, day {lunarDay}";

        public static string InLieuOf(string holiday) => $"Day off in lieu of {holiday}";

        public static string Month(int number, int year) =>
            $"{CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(number)} {year}";

        public static string Quarter(int number, int year) => $"Q{number} {year}";

        public static string HalfYear(int number, int year) => $"H{number} {year}";

        public static string Year(int year) => $"Year {year}";
    }
}
