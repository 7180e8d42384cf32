using PciBot.Localization;

namespace PciBot.Reminders;

internal sealed class VietnameseReminderTexts : ReminderTexts
{
    public override string ReminderTitle(string period) => $"Nhắc báo cáo {period}";

    public override string FollowUpTitle(string period) => $"Nhắc lại: chưa có báo cáo {period}";

    public override string ReminderIntro(string unit, DateOnly cutOff) => $"Đề nghị {unit} báo cáo kết quả thực hiện nhiệm vụ dưới đây trước ngày {BotTexts.Date(cutOff)}.";

    public override string FollowUpIntro(string unit, DateOnly cutOff) => $"PciBot chưa nhận được báo cáo của {unit} cho nhiệm vụ dưới đây. Hạn báo cáo: {BotTexts.Date(cutOff)}.";

    public override string SnoozedTitle => "Nhắc lại theo yêu cầu";

    public override string ListIntro(string units, int count, DateOnly cutOff) => $"Đề nghị {units} báo cáo kết quả thực hiện {count} nhiệm vụ dưới đây trước ngày {BotTexts.Date(cutOff)}.";

    public override string FollowUpListIntro(string units, int count, DateOnly cutOff) => $"PciBot chưa nhận được báo cáo của {units} cho {count} nhiệm vụ dưới đây. Hạn báo cáo: {BotTexts.Date(cutOff)}.";

    public override string SnoozedListIntro(int count) => $"Bạn đã hẹn PciBot nhắc lại {count} nhiệm vụ dưới đây.";

    public override string MoreLines(int count) => $"… và {count} nhiệm vụ khác. Gõ \"việc của tôi\" để xem tất cả.";

    public override string ListHint => "Bấm Cập nhật để mở phiếu cập nhật của nhiệm vụ ngay tại đây.";

    public override string LineCount(int count) => $"{count} nhiệm vụ";

    public override string UpdateButton => "Cập nhật";

    public override string Unit => "Đơn vị";

    public override string EscalationTitle(string period) => $"Quá hạn báo cáo {period}";

    public override string EscalationIntro(int count, DateOnly cutOff) => $"Đến hạn {BotTexts.Date(cutOff)}, còn {count} lượt nhiệm vụ của các đơn vị chưa báo cáo:";

    public override string UnassignedTitle(string period) => $"Chưa có người nhận nhắc việc {period}";

    public override string UnassignedIntro => "Các đơn vị sau chưa được gán trưởng đơn vị hoặc người được ủy quyền trong PciBot nên không nhận được nhắc việc. Quản trị viên có thể gõ \"gán @Tên làm trưởng <đơn vị>\".";

    public override string UnreachableTitle => "Không gửi được nhắc việc";

    public override string UnconfirmedTitle => "Nhắc việc có thể chưa đến";

    public override string UnconfirmedIntro(string person, string period, string reason) =>
        $"PciBot không chắc lời nhắc{(period.Length > 0 ? $" {period}" : "")} đã đến {person} ({reason}). Để không ai nhận hai lần, PciBot không gửi lại; đề nghị Văn phòng kiểm tra và nhắc trực tiếp nếu cần.";

    public override string UnreachableIntro(string person, string reason) => $"PciBot không gửi được tin nhắn cho {person} ({reason}). Đề nghị Văn phòng nhắc trực tiếp và đề nghị người đó cài lại PciBot trong Teams.";

    public override string GraphPermissionTitle => "PciBot không tự cài được cho người chưa từng mở";

    public override string GraphPermissionIntro(string permission) =>
        $"Microsoft Graph từ chối cài PciBot cho người chưa có cuộc trò chuyện: đăng ký ứng dụng thiếu quyền ứng dụng {permission} hoặc chưa được quản trị viên đồng ý. Nhắc việc cho những người này được gửi qua Teams và chỉ đến được người đã có PciBot. Quản trị viên Entra ID: vào Entra admin center → App registrations → ứng dụng PciBot → API permissions → Add a permission → Microsoft Graph → Application permissions → {permission}, rồi bấm \"Grant admin consent\". Gõ \"sẵn sàng nhận nhắc việc\" để xem ai nhận được nhắc việc.";

    public override string DialogueTitle(string period) => $"Đối thoại với doanh nghiệp — {period}";

    public override string DialogueIntro => "Kế hoạch yêu cầu tổ chức đối thoại với doanh nghiệp, cơ sở sản xuất kinh doanh ít nhất 02 lần/năm (nhiệm vụ chung h). Đề nghị Văn phòng kiểm tra việc tổ chức trong kỳ này.";

    public override string NobodyAssigned => "chưa gán người";
}
