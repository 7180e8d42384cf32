namespace PciBot.Messaging;

internal sealed class VietnameseMessagingTexts : MessagingTexts
{
    public override string HelpTitle => "PciBot có thể giúp gì?";

    public override string HelpIntro => "PciBot theo dõi Kế hoạch nâng cao chỉ số PCI/PGI của Sở, nhắc báo cáo và tổng hợp kết quả. Gõ có dấu hoặc không dấu đều được, ví dụ:";

    public override IReadOnlyList<HelpTopic> Help { get; } =
    [
        new(HelpAudience.Everyone, "trợ giúp", "Danh sách lệnh này"),
    ];

    public override string HelpSection(HelpAudience audience) => audience switch
    {
        HelpAudience.Everyone => "Hỏi về kế hoạch",
        HelpAudience.UnitMember => "Báo cáo tiến độ của đơn vị",
        HelpAudience.Office => "Văn phòng Sở (và quản trị viên)",
        _ => "Quản trị",
    };

    public override string HelpWithoutRole =>
        "Bạn chưa được gán vào đơn vị nào nên chỉ xem và hỏi được. Để báo cáo tiến độ, hãy nhờ quản trị viên PciBot gán bạn làm trưởng hoặc người được ủy quyền của đơn vị.";

    public override string SlowDown => "Anh/chị đang gửi tin nhanh hơn mức tôi trả lời được. Tôi đã trả lời các tin đầu; anh/chị vui lòng đợi một phút rồi gửi lại những câu chưa được trả lời.";

    public override string Unknown(string text) =>
        $"PciBot chưa hiểu \"{text}\". Thử \"nhiệm vụ 19\", \"nhiệm vụ A.III\" hoặc gõ \"trợ giúp\" để xem các lệnh.";
}
