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
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public const string Nation = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

    public const string Motto = "Độc lập - Tự do - Hạnh phúc";

    public const string ReportWord = "BÁO CÁO";

    public const string Addressed = "Kính gửi:";

    public const string ResultsByIndex = "I. KẾT QUẢ THỰC HIỆN THEO TỪNG CHỈ SỐ";

    public const string AssessmentSection = "II. ĐÁNH GIÁ CHUNG, KIẾN NGHỊ";

    public const string AssessmentToWrite = "[Văn phòng Sở viết đánh giá chung: kết quả nổi bật, nhiệm vụ chậm và nguyên nhân, giải pháp, kiến nghị với Sở Kế hoạch và Đầu tư.]";

    public const string Recipients = "Nơi nhận:";

    public const string Appendix = "PHỤ LỤC";

    public const string AppendixTitle = "KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ";

    public const string SheetName = "Phụ lục";

    public const string CountsSheetName = "Tổng hợp";

    public const string TotalLines = "Tổng số dòng";

    public const string Total = "Tổng cộng";

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

    public const string NoInternalLead = "(đơn vị ngoài Sở chủ trì)";

    /// <summary>"Khánh Hòa, ngày 05 tháng 02 năm 2024": a zero before days under 10 and months under 3, as Decree 30/2020 writes them.</summary>
    public static string PlaceAndDate(string place, DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{place}, ngày {date.Day:00} tháng {(date.Month < 3 ? date.Month.ToString("00", CultureInfo.InvariantCulture) : date.Month.ToString(CultureInfo.InvariantCulture))} năm {date.Year}");

    /// <summary>The number is left blank for the clerk who registers the report when it is signed.</summary>
    public static string Number(string symbol) => $"Số:          /{symbol}";

    public static string Uppercase(string text) => text.ToUpper(Vietnamese);

    public static string AppendixAttachedTo(string symbol, int year, string issuingBody) =>
        string.Create(CultureInfo.InvariantCulture, $"(Kèm theo Báo cáo số        /{symbol} ngày      tháng      năm {year} của {issuingBody})");

    public static string Subject(string planNumber, DateOnly issuedOn, string period) =>
        string.Create(CultureInfo.InvariantCulture, $"Kết quả thực hiện Kế hoạch số {planNumber} ngày {issuedOn:dd/MM/yyyy} về nâng cao chỉ số năng lực cạnh tranh cấp tỉnh (PCI) và chỉ số xanh cấp tỉnh (PGI), {period}");

    public static string Opening(string issuingBody, string planNumber, string reportTo, string period) =>
        $"Thực hiện Kế hoạch số {planNumber}, {issuingBody} báo cáo {reportTo} kết quả thực hiện các nhiệm vụ được giao trong {LowerFirst(period)} như sau (chi tiết từng nhiệm vụ tại Phụ lục kèm theo):";

    public static string Closing(string issuingBody, string reportTo) =>
        $"Trên đây là báo cáo của {issuingBody}, kính gửi {reportTo} tổng hợp./.";

    /// <summary>The period's lines taken together: how many there are by status, and the share of those due that were reported.</summary>
    public static string Overall(IReadOnlyCollection<ReportStatus> statuses)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        var counts = string.Join(", ", Enum.GetValues<ReportStatus>()
            .Select(s => (Status: s, Count: statuses.Count(x => x == s)))
            .Where(c => c.Count > 0)
            .Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Count} {Lower(StatusName(c.Status))}")));
        var due = statuses.Count(s => s is not ReportStatus.NotDue);
        var reported = statuses.Count(s => s is ReportStatus.Reported or ReportStatus.DoneOnTime or ReportStatus.DoneLate or ReportStatus.Blocked);
        var share = due == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $"; trong {due} lượt đã đến hạn, {reported} lượt đã được báo cáo ({Math.Round(100m * reported / due):0}%)");
        return string.Create(CultureInfo.InvariantCulture, $"Trong kỳ, các đơn vị chủ trì có {statuses.Count} lượt báo cáo: {counts}{share}.");
    }

    public static string Lower(string text) => text.ToLower(Vietnamese);

    /// <summary>"quý IV/2023" from "Quý IV/2023": only the first letter, so that numerals stay as they are.</summary>
    public static string LowerFirst(string text) => text.Length == 0 ? text : text[..1].ToLower(Vietnamese) + text[1..];

    /// <summary>A unit's text as the end of a sentence: trimmed, with one full stop whatever it ended with.</summary>
    public static string Sentence(string text) => $"{Clause(text)}.";

    /// <summary>A unit's text inside a sentence: trimmed of the spaces and the full stops, semicolons or commas it ended with.</summary>
    public static string Clause(string text) => text.Trim().TrimEnd('.', ';', ',', ' ');

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
