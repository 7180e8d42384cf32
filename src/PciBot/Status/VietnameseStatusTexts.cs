namespace PciBot.Status;

internal sealed class VietnameseStatusTexts : StatusTexts
{
    public override string ReportStatusName(ReportStatus status) => status switch
    {
        ReportStatus.NotDue => "Chưa đến hạn",
        ReportStatus.Due => "Trong hạn",
        ReportStatus.Overdue => "Quá hạn",
        ReportStatus.Reported => "Đã báo cáo",
        ReportStatus.DoneOnTime => "Hoàn thành đúng hạn",
        ReportStatus.DoneLate => "Hoàn thành quá hạn",
        ReportStatus.Blocked => "Vướng mắc",
        _ => status.ToString(),
    };
}
