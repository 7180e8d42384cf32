using PciBot.Calendar;
using PciBot.Localization;
using PciBot.Messaging;
using PciBot.Registry;

namespace PciBot.Updates;

internal sealed class VietnameseUpdateTexts : UpdateTexts
{
    public override string CutOff => "Hạn báo cáo";

    public override string UpdateTitle(string period) => $"Cập nhật tiến độ {period}";

    public override string UpdatedTitle => "Đã cập nhật tiến độ";

    public override string ContributionIntro(string unit) => $"{unit} phối hợp thực hiện nhiệm vụ này; nội dung gửi được ghi nhận là phần đóng góp của đơn vị phối hợp.";

    public override string ReportingUnit => "Đơn vị báo cáo";

    public override string ContributionMark => "phối hợp";

    public override string LatestUpdate => "Cập nhật gần nhất";

    public override string NoUpdateYet => "Chưa có cập nhật cho kỳ này.";

    public override string UpdatedBy(string name, DateTimeOffset at) => $"Đã cập nhật bởi {name} lúc {CalendarTexts.LocalMoment(at)}";

    public override string UpdatedByLabel => "Người cập nhật";

    public override string Status => "Tình trạng";

    public override string StatusName(ProgressStatus status) => status switch
    {
        ProgressStatus.NotStarted => "Chưa triển khai",
        ProgressStatus.InProgress => "Đang thực hiện",
        ProgressStatus.Done => "Hoàn thành",
        ProgressStatus.Blocked => "Vướng mắc",
        _ => status.ToString(),
    };

    public override string PercentDone => "% hoàn thành";

    public override string Result => "Kết quả/sản phẩm";

    public override string Obstacles => "Vướng mắc, kiến nghị";

    public override string Evidence => "Đường dẫn minh chứng";

    public override string SubmitUpdate => "Gửi cập nhật";

    public override string EditUpdate => "Sửa cập nhật";

    public override string EditIntro => "Sửa nội dung cần sửa rồi bấm Gửi cập nhật: nội dung mới được lưu thành một lần cập nhật mới, lần trước vẫn còn trong lịch sử.";

    public override string RemindLater => "Nhắc lại sau";

    public override string SnoozeName(SnoozeChoice choice) => choice switch
    {
        SnoozeChoice.OneDay => "1 ngày",
        SnoozeChoice.ThreeDays => "3 ngày",
        _ => "Tuần sau",
    };

    public override string CutOffDayMark => "hạn chót";

    public override string AfterCutOffMark => "sau hạn";

    public override string SnoozeNote(IReadOnlyList<SnoozeOption> late, DateOnly cutOff)
    {
        ArgumentNullException.ThrowIfNull(late);
        var each = late.Select(o => $"{SnoozeName(o.Choice)} ({DayMonth(o.Day)}) {(o.IsOnCutOff ? "nhắc đúng ngày hết hạn" : "nhắc sau hạn báo cáo")}");
        return $"Lưu ý: hạn báo cáo là {BotTexts.Date(cutOff)}; {string.Join("; ", each)}.";
    }

    public override string RequestExtension => "Xin gia hạn";

    public override string ExtensionDate => "Đề nghị gia hạn đến ngày";

    public override string ExtensionReason => "Lý do";

    public override string SendExtension => "Gửi đề nghị gia hạn";

    public override string StatusRequired => "Hãy chọn tình trạng thực hiện.";

    public override string PercentInvalid => "Nhập một số từ 0 đến 100.";

    public override string TooLong(int max) => $"Tối đa {max} ký tự.";

    public override string LinkInvalid => "Đường dẫn phải là địa chỉ web bắt đầu bằng http:// hoặc https://.";

    public override string ExtensionDateRequired => "Hãy chọn ngày đề nghị gia hạn.";

    public override string ExtensionDateTooEarly(DateOnly notBefore) => $"Ngày đề nghị phải từ {BotTexts.Date(notBefore)} trở đi.";

    public override string ExtensionReasonRequired => "Hãy ghi lý do xin gia hạn.";

    public override string Snoozed(SnoozeOption option)
    {
        ArgumentNullException.ThrowIfNull(option);
        var when = $"Đã hẹn: PciBot sẽ nhắc lại lúc {CalendarTexts.LocalMoment(option.At)}";
        return option.IsBeforeCutOff ? $"{when}."
            : option.IsOnCutOff ? $"{when}, đúng ngày hết hạn báo cáo."
            : $"{when}, sau hạn báo cáo {BotTexts.Date(option.CutOff)}.";
    }

    public override string ExtensionSent(DateOnly date) => $"Đã gửi Văn phòng Sở đề nghị gia hạn đến ngày {BotTexts.Date(date)}.";

    public override string NoOfficeToAsk => "Chưa có cán bộ Văn phòng Sở nào nhận được đề nghị qua PciBot; vui lòng báo trực tiếp cho Văn phòng.";

    public override string TaskGone => "Nhiệm vụ này không còn trong kế hoạch hiện hành.";

    public override string RefusedTitle => "Không thể cập nhật";

    public override string Refused => "Xin lỗi, chỉ trưởng hoặc người được ủy quyền của đơn vị chủ trì hay phối hợp nhiệm vụ này, cán bộ Văn phòng Sở và quản trị viên mới cập nhật được tiến độ. Không có nội dung nào được lưu. Nếu bạn cần cập nhật, hãy nhờ quản trị viên PciBot gán bạn vào đơn vị.";

    public override string UpdateNotAllowed(TaskKey key) => $"Bạn không thuộc đơn vị chủ trì hay phối hợp nhiệm vụ {key} nên không cập nhật được. Gõ \"tôi là ai\" để xem vai trò của bạn, hoặc nhờ quản trị viên gán bạn vào đơn vị.";

    public override string HistoryTitle(TaskKey key) => $"Lịch sử cập nhật — Nhiệm vụ {key}";

    public override string NoHistory => "Chưa có cập nhật nào cho nhiệm vụ này.";

    public override string OlderUpdates(int count) => $"… và {count} cập nhật cũ hơn";

    public override string ExtensionTitle(TaskKey key) => $"Đề nghị gia hạn — Nhiệm vụ {key}";

    public override string ExtensionIntro(string person, string unit, DateOnly requested, DateOnly cutOff) =>
        $"{person} ({unit}) đề nghị gia hạn báo cáo nhiệm vụ dưới đây đến ngày {BotTexts.Date(requested)} (hạn hiện tại: {BotTexts.Date(cutOff)}).";

    public override string Approve => "Đồng ý";

    public override string Decline => "Từ chối";

    public override string ConfirmApprove => "Xác nhận đồng ý gia hạn";

    public override string ConfirmDecline => "Xác nhận từ chối";

    public override string GrantedDate => "Hạn báo cáo mới";

    public override string DeclineReason => "Lý do từ chối";

    public override string GrantedDateRequired => "Hãy chọn hạn báo cáo mới.";

    public override string GrantedDateTooEarly(DateOnly notBefore) => $"Hạn mới phải sau hôm nay và sau hạn hiện tại, tức là từ {BotTexts.Date(notBefore)} trở đi.";

    public override string DeclineReasonRequired => "Hãy ghi lý do từ chối để đơn vị được biết.";

    public override string ApprovedBy(string name, DateTimeOffset at, DateOnly until) => $"Đã đồng ý bởi {name} lúc {CalendarTexts.LocalMoment(at)}: hạn báo cáo mới là {BotTexts.Date(until)}.";

    public override string DeclinedBy(string name, DateTimeOffset at) => $"Đã từ chối bởi {name} lúc {CalendarTexts.LocalMoment(at)}.";

    public override string AlreadyDecided => "Đề nghị này đã được quyết định trước đó; không có gì thay đổi thêm.";

    public override string DecideRefusedTitle => "Không thể quyết định đề nghị gia hạn";

    public override string DecideRefused => "Xin lỗi, chỉ cán bộ Văn phòng Sở và quản trị viên mới đồng ý hoặc từ chối được đề nghị gia hạn. Không có gì thay đổi.";

    public override string RequestGone => "Không còn tìm thấy đề nghị gia hạn này hoặc nhiệm vụ của nó trong kế hoạch hiện hành; không có gì thay đổi.";

    public override string ExtensionApprovedTitle(TaskKey key) => $"Đã được gia hạn — Nhiệm vụ {key}";

    public override string ExtensionApprovedIntro(string decider, string unit, DateOnly until, DateOnly before) =>
        $"{decider} đã đồng ý đề nghị gia hạn của {unit}: hạn báo cáo mới là {BotTexts.Date(until)} (trước đây {BotTexts.Date(before)}). PciBot sẽ nhắc việc theo hạn mới.";

    public override string ExtensionDeclinedTitle(TaskKey key) => $"Đề nghị gia hạn không được đồng ý — Nhiệm vụ {key}";

    public override string ExtensionDeclinedIntro(string decider, DateOnly requested, DateOnly cutOff) =>
        $"{decider} đã từ chối đề nghị gia hạn đến ngày {BotTexts.Date(requested)}. Hạn báo cáo vẫn là {BotTexts.Date(cutOff)}.";

    public override IReadOnlyList<HelpTopic> Help { get; } =
    [
        new(HelpAudience.UnitMember, "cập nhật nhiệm vụ 19", "Báo cáo tiến độ nhiệm vụ 19 cho đơn vị của bạn, kỳ hiện tại"),
        new(HelpAudience.UnitMember, "lịch sử nhiệm vụ 19", "Các lần cập nhật tiến độ nhiệm vụ 19"),
    ];
}
