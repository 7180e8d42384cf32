using PciBot.Calendar;

namespace PciBot.Exports;

internal sealed class VietnameseExportTexts : ExportTexts
{
    public override string DownloadWord => "Tải bản Word (.docx)";

    public override string DownloadExcel => "Tải bản Excel (.xlsx)";

    public override string DownloadTitle(string what) => $"Báo cáo {what}";

    public override string DownloadIntro(DateTimeOffset expires) => $"Liên kết tải về dành riêng cho bạn, hết hạn lúc {CalendarTexts.LocalMoment(expires)}. Vui lòng không chuyển tiếp.";
}
