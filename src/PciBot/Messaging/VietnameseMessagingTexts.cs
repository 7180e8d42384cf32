namespace PciBot.Messaging;

internal sealed class VietnameseMessagingTexts : MessagingTexts
{
    public override string HelpTitle => "PciBot có thể giúp gì?";

    public override string HelpIntro => "PciBot theo dõi Kế hoạch nâng cao chỉ số PCI/PGI của Sở, nhắc báo cáo và tổng hợp kết quả. Gõ có dấu hoặc không dấu đều được, ví dụ:";

    public override IReadOnlyList<(string Example, string Meaning)> HelpExamples { get; } =
    [
        ("trợ giúp", "Danh sách lệnh này"),
        ("nhiệm vụ", "Tất cả nhiệm vụ của kế hoạch, theo chỉ số"),
        ("nhiệm vụ A.III", "Nhiệm vụ của một chỉ số (A.I–A.VIII, B.I–B.II)"),
        ("nhiệm vụ PGI", "Nhiệm vụ của nhóm PCI hoặc PGI"),
        ("nhiệm vụ của Phòng TTBCXB", "Nhiệm vụ một phòng, đơn vị chủ trì hoặc phối hợp"),
        ("nhiệm vụ 19", "Chi tiết nhiệm vụ PCI số 19"),
        ("PGI 2", "Chi tiết nhiệm vụ PGI số 2"),
        ("cập nhật nhiệm vụ 19", "Báo cáo tiến độ nhiệm vụ 19 cho đơn vị của bạn, kỳ hiện tại"),
        ("lịch sử nhiệm vụ 19", "Các lần cập nhật tiến độ nhiệm vụ 19"),
        ("việc đến hạn quý này", "Việc có hạn báo cáo trong quý, kèm tình trạng"),
        ("quý sau, tháng 12, quý IV/2023", "Việc đến hạn trong một kỳ khác"),
        ("việc nào quá hạn", "Việc đã qua hạn mà chưa báo cáo"),
        ("việc của tôi", "Việc của phòng, đơn vị bạn phụ trách, kèm tình trạng kỳ này"),
        ("việc của Phòng TTBCXB", "Việc của một phòng, đơn vị"),
        ("chỉ số minh bạch, PCI chi phí thời gian", "Việc của một chỉ số, gọi theo tên"),
        ("nhiệm vụ 19 thế nào", "Chi tiết và tình trạng nhiệm vụ 19"),
        ("ai chưa báo cáo quý này", "Văn phòng, quản trị: đơn vị chưa báo cáo"),
    ];

    public override string Unknown(string text) =>
        $"PciBot chưa hiểu \"{text}\". Thử \"nhiệm vụ 19\", \"nhiệm vụ A.III\" hoặc gõ \"trợ giúp\" để xem các lệnh.";
}
