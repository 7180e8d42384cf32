using PciBot.Localization;
using PciBot.Messaging;
using PciBot.Registry;

namespace PciBot.Digests;

internal sealed class VietnameseDigestTexts : DigestTexts
{
    public override string DigestTitle(string period) => $"Bản tin tiến độ — {period}";

    public override string DigestIntro(DateOnly today, DateOnly cutOff) => $"Tình hình báo cáo đến ngày {BotTexts.Date(today)}; hạn chốt số liệu {BotTexts.Date(cutOff)}.";

    public override string ByUnit => "Theo đơn vị";

    public override string ByIndex => "Theo chỉ số";

    public override string DigestNotReportedTitle => "Chưa báo cáo";

    public override string CountingNote => "Số liệu tính theo dòng báo cáo: một đơn vị chủ trì, một nhiệm vụ, một kỳ (nhiệm vụ báo cáo hằng tháng có một dòng cho mỗi tháng của quý).";

    public override string DueList(DateOnly cutOff, string tasks) => $"trong hạn, hạn {BotTexts.Date(cutOff)}: {tasks}";

    public override string OverdueList(DateOnly cutOff, string tasks) => $"quá hạn, hạn {BotTexts.Date(cutOff)}: {tasks}";

    public override string LateHeads(string mentions) => $"Đề nghị {mentions} khẩn trương báo cáo các nhiệm vụ quá hạn.";

    public override string NewObstaclesTitle => "Vướng mắc mới";

    public override string NewExtensionsTitle => "Đề nghị gia hạn mới";

    public override string ExtensionLine(string person, string unit, DateOnly until, DateOnly cutOff, string reason) =>
        $"{person} ({unit}) xin gia hạn đến {BotTexts.Date(until)} (hạn {BotTexts.Date(cutOff)}): {reason}";

    public override string DigestOverdueTitle(int lines, int tasks) => lines == 0 ? "Dòng quá hạn" : $"Dòng quá hạn: {lines} ({tasks} nhiệm vụ)";

    public override string OverdueLine(string unit, DateOnly cutOff) => $"{unit} — hạn {BotTexts.Date(cutOff)}";

    public override string NothingToShow => "Không có.";

    public override string MoreItems(int count) => $"… và {count} mục khác";

    public override string OpenTask => "Mở nhiệm vụ";

    public override string RemindAgain => "Nhắc lại";

    public override string Nudged(int people, string unit, TaskKey key) => $"Đã gửi lại lời nhắc nhiệm vụ {key} tới {people} người của {unit}.";

    public override string AlreadyNudged(string unit, TaskKey key) => $"Lời nhắc nhiệm vụ {key} cho {unit} đã được gửi lại từ bản tin này trước đó.";

    public override string NobodyToNudge(string unit) => $"{unit} chưa có người được gán trên PciBot nên không nhắc lại được.";

    public override string OfficeOnly => "Chức năng này chỉ dành cho cán bộ Văn phòng Sở và quản trị viên.";

    public override string TargetScore(string score) => $"mục tiêu {score} điểm";

    public override string PreviousQuarter(string status) => $"quý trước: {status}";

    public override string ContributionsLabel => "Phối hợp";

    public override string RollupOnDemandIntro(DateOnly today) => $"Số liệu đến ngày {BotTexts.Date(today)}.";

    public override string ExternalLead => "đơn vị ngoài Sở chủ trì";

    public override IReadOnlyList<HelpTopic> Help { get; } =
    [
        new(HelpAudience.Office, "bản tin", "Bản tin tiến độ quý này (hoặc quý trước: \"bản tin quý trước\")"),
        new(HelpAudience.Office, "tổng hợp quý này", "Bảng tổng hợp kết quả quý, kèm bản Word và Excel"),
        new(HelpAudience.Office, "xuất báo cáo", "Liên kết tải bản Word và Excel của quý"),
        new(HelpAudience.Office, "báo cáo năm", "Dự thảo báo cáo năm gửi Sở KH&ĐT"),
    ];
}
