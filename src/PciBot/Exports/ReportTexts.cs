using System.Globalization;
using PciBot.Calendar;
using PciBot.Localization;
using PciBot.Status;

namespace PciBot.Exports;

/// <summary>
/// The wording of the exported report. An administrative report to the province is written in Vietnamese whatever the
/// reader's Teams language, so the documents have one language only.
/// </summary>
internal static class ReportTexts
{
    public const string Authority = "UBND TỈNH KHÁNH HÒA";

    public const string Department = "SỞ THÔNG TIN VÀ TRUYỀN THÔNG";

    public const string Nation = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

    public const string Motto = "Độc lập - Tự do - Hạnh phúc";

    public const string Number = "Số:        /BC-STTTT";

    public const string ReportWord = "BÁO CÁO";

    public const string ResultsByIndex = "I. KẾT QUẢ THỰC HIỆN THEO TỪNG CHỈ SỐ";

    public const string ObstaclesSection = "II. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ";

    public const string NoObstacles = "Chưa có đơn vị nào nêu khó khăn, vướng mắc trong kỳ.";

    public const string Appendix = "PHỤ LỤC";

    public const string AppendixTitle = "KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ";

    public const string Recipients = "Nơi nhận:";

    public const string SheetName = "Phụ lục";

    public const string No = "STT";

    public const string Index = "Chỉ số";

    public const string TaskCode = "Nhiệm vụ số";

    public const string Task = "Nhiệm vụ";

    public const string Lead = "Đơn vị chủ trì";

    public const string Coordinating = "Đơn vị phối hợp";

    public const string Timeline = "Thời gian thực hiện";

    public const string ReportingUnit = "Đơn vị báo cáo";

    public const string Period = "Kỳ báo cáo";

    public const string CutOff = "Hạn báo cáo";

    public const string Result = "Kết quả/sản phẩm";

    public const string Status = "Tình trạng";

    public const string Percent = "% hoàn thành";

    public const string Obstacles = "Vướng mắc, kiến nghị";

    public const string Evidence = "Minh chứng";

    public const string LastUpdate = "Cập nhật lần cuối";

    public const string Contributions = "Đơn vị phối hợp đóng góp";

    public const string NoInternalLead = "(đơn vị ngoài Sở chủ trì)";

    public const string NotReported = "Chưa báo cáo";

    public static string PlaceAndDate(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"Khánh Hòa, ngày {date.Day:00} tháng {date.Month:00} năm {date.Year}");

    public static string Subject(string planNumber, DateOnly issuedOn, string period) =>
        string.Create(CultureInfo.InvariantCulture, $"Kết quả thực hiện Kế hoạch số {planNumber} ngày {issuedOn:dd/MM/yyyy} về nâng cao chỉ số năng lực cạnh tranh cấp tỉnh (PCI) và chỉ số xanh cấp tỉnh (PGI), {period}");

    public static string Opening(string reportTo) =>
        $"Sở Thông tin và Truyền thông báo cáo {reportTo} kết quả thực hiện các nhiệm vụ được giao như sau:";

    public static string IndexHeading(string code, string name, decimal? weight, decimal? target, string? targetText)
    {
        var vi = CultureInfo.GetCultureInfo("vi-VN");
        var parts = new List<string>();
        if (weight is { } w)
        {
            parts.Add($"trọng số {w.ToString("0.##", vi)}%");
        }

        if (target is { } t)
        {
            parts.Add($"mục tiêu năm {t.ToString("0.##", vi)} điểm");
        }
        else if (targetText is { Length: > 0 })
        {
            parts.Add($"mục tiêu: {targetText}");
        }

        return parts.Count == 0 ? $"{code}. {name}" : $"{code}. {name} ({string.Join("; ", parts)})";
    }

    public static string TaskHeading(string key, string text) => $"Nhiệm vụ {key}: {text}";

    /// <summary>A line's unit and status; <paramref name="periodKey"/> names the period when the task has lines of several.</summary>
    public static string LineSummary(string unit, ReportStatus status, int? percent, string? periodKey = null)
    {
        var who = periodKey is null ? unit : $"{unit} ({PeriodText(periodKey)})";
        return percent is { } p ? $"{who}: {StatusName(status)}, {p}%" : $"{who}: {StatusName(status)}";
    }

    /// <summary>A period key as the report says it: "Tháng 10/2023", "Quý IV/2023", "hạn 31/12/2023".</summary>
    public static string PeriodText(string periodKey) => CalendarTexts.Vietnamese.PeriodText(periodKey);

    public static string Date(DateOnly date) => BotTexts.Date(date);

    public static string Changed(ReportStatus before, int? beforePercent) =>
        beforePercent is { } p ? $"(quý trước: {StatusName(before)}, {p}%)" : $"(quý trước: {StatusName(before)})";

    public static string StatusName(ReportStatus status) => BotTexts.Vietnamese.Status.ReportStatusName(status);

    public static string Moment(DateTimeOffset instant) => CalendarTexts.LocalMoment(instant);
}
