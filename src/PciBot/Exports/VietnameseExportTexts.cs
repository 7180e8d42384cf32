using PciBot.Calendar;

namespace PciBot.Exports;

internal sealed class VietnameseExportTexts : ExportTexts
{
    public override string DownloadWord => "Tải bản Word (.docx)";

    public override string DownloadExcel => "Tải bản Excel (.xlsx)";

    public override string DownloadTitle(string what) => $"Báo cáo {what}";

    public override string DownloadIntro(DateTimeOffset expires) => $"Liên kết tải về dành riêng cho bạn, hết hạn lúc {CalendarTexts.LocalMoment(expires)}. Vui lòng không chuyển tiếp.";

    public override string SentPrivately(string? name, string what) =>
        $"Đã gửi liên kết tải báo cáo {what} cho {name ?? "bạn"} trong trò chuyện riêng với PciBot. Liên kết chỉ dành cho người nhận nên không đăng ở đây.";
}
