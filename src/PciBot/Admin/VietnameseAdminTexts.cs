using PciBot.Files;
using PciBot.Kit.Cards;
using PciBot.Localization;
using PciBot.Messaging;
using PciBot.Registry;
using PciBot.Schedules;

namespace PciBot.Admin;

internal sealed class VietnameseAdminTexts : AdminTexts
{
    public override string AdminOnly => "Xin lỗi, chỉ quản trị viên PciBot mới dùng được chức năng này. Nếu cần, hãy liên hệ quản trị viên.";

    public override string SchedulesTitle => "Lịch nhắc";

    public override string ScheduleName(string key) => key switch
    {
        "monthly" => "Nhắc báo cáo tháng",
        "quarterly" => "Nhắc báo cáo quý",
        "annual" => "Nhắc báo cáo năm",
        "deadline" => "Nhắc theo thời hạn",
        "dialogue" => "Đối thoại doanh nghiệp",
        "office-rollup" => "Tổng hợp quý của Văn phòng",
        "year-end" => "Báo cáo cuối năm",
        "digest" => "Bản tin cho Văn phòng",
        _ => key,
    };

    protected override string OnMonthDay(string? day, string at) => $"ngày {day} hằng tháng lúc {at} (lùi về ngày làm việc trước nếu là ngày nghỉ)";

    protected override string BeforeQuarterCutOff(string? days, string at) => $"{days} ngày làm việc trước hạn chót mỗi quý, lúc {at}";

    protected override string EveryWeekday(string? weekday, string at) => $"{weekday} hằng tuần lúc {at} (bỏ qua ngày nghỉ)";

    protected override string ByCron(string? expression) => $"theo biểu thức cron \"{expression}\" (giờ Việt Nam)";

    protected override string ByPlan(ScheduleKind kind, string? days, string at) => kind switch
    {
        ScheduleKind.Monthly => $"{days} ngày làm việc trước hạn 14 hằng tháng, lúc {at}",
        ScheduleKind.Quarterly => $"{days} ngày làm việc trước hạn chót mỗi quý (14/3, 14/6, 14/9, 14/12), lúc {at}",
        ScheduleKind.Annual => $"{days} ngày làm việc trước hạn 14/12, lúc {at}",
        ScheduleKind.Deadline => $"{days} ngày trước thời hạn của nhiệm vụ, lúc {at}",
        ScheduleKind.Dialogue => $"{days} ngày làm việc trước hạn mỗi nửa năm, lúc {at}",
        ScheduleKind.OfficeRollup => $"vào hạn chót mỗi quý, lúc {at}",
        ScheduleKind.Digest => $"thứ Hai hằng tuần lúc {at} từ {days} ngày làm việc trước hạn chót quý, và vào mỗi hạn chót tháng, quý",
        _ => $"{days} ngày làm việc trước hạn báo cáo của kế hoạch, lúc {at}",
    };

    protected override string FollowUp(int days) => $"; nhắc lại {days} ngày làm việc trước hạn";

    protected override string Escalation(int days) => $"; báo Văn phòng {days} ngày làm việc sau hạn";

    public override string PlanRecipients(ScheduleKind kind) => kind is ScheduleKind.Dialogue or ScheduleKind.OfficeRollup or ScheduleKind.YearEnd or ScheduleKind.Digest
        ? "Văn phòng Sở (theo kế hoạch)"
        : "Các đơn vị chủ trì (theo kế hoạch)";

    public override string RecipientsLabel => "Người nhận";

    public override string NextFiresLabel => "Ba lần nhắc tới";

    public override string NoNextFire => "Không có lần nhắc nào sắp tới";

    public override string PausedLabel => "Đang tạm dừng";

    public override string ActiveLabel => "Đang chạy";

    public override string EditSchedule => "Sửa";

    public override string EditScheduleTitle(string name) => $"Sửa lịch nhắc: {name}";

    public override string SaveSchedule => "Lưu";

    public override string PauseSchedule => "Tạm dừng";

    public override string ResumeSchedule => "Chạy lại";

    public override string RunNow => "Gửi ngay";

    public override string TimeOfDayLabel => "Giờ gửi (HH:mm, giờ Việt Nam)";

    public override string RuleLabel => "Quy tắc";

    public override string RuleChoice(ScheduleRuleKind rule) => rule switch
    {
        ScheduleRuleKind.MonthlyDay => "Ngày cố định hằng tháng",
        ScheduleRuleKind.QuarterlyOffset => "Số ngày làm việc trước hạn quý",
        ScheduleRuleKind.Weekly => "Một ngày trong tuần",
        ScheduleRuleKind.Cron => "Biểu thức cron (chuyên gia)",
        _ => "Theo kế hoạch (số ngày làm việc trước hạn)",
    };

    public override string RuleValueLabel => "Giá trị của quy tắc";

    public override string RuleValueHint => "Theo kế hoạch hoặc trước hạn quý: số ngày làm việc (0–60); ngày hằng tháng: 1–31; hằng tuần: thứ 2 … chủ nhật; cron: ví dụ 0 0 8 ? * MON";

    public override string FollowUpLabel(ScheduleKind kind) => kind == ScheduleKind.Deadline
        ? "Số ngày trước thời hạn (ví dụ 14,7,1)"
        : "Nhắc lại: số ngày làm việc trước hạn (để trống nếu không)";

    public override string BadTime => "Giờ phải có dạng HH:mm, từ 00:00 đến 23:59.";

    public override string BadDayOfMonth => "Ngày trong tháng phải là số từ 1 đến 31.";

    public override string BadWorkingDays => "Số ngày làm việc phải là số từ 0 đến 60.";

    public override string BadWeekday => "Hãy ghi một ngày trong tuần: thứ 2, thứ 3, …, thứ 7 hoặc chủ nhật.";

    public override string BadCron(string reason) => $"Biểu thức cron không hợp lệ: {reason}";

    public override string RuleNotForKind => "Lịch này đi theo thời hạn của kế hoạch nên chỉ dùng được quy tắc \"Theo kế hoạch\".";

    public override string BadFollowUp => "Ngày nhắc lại phải là số từ 1 đến 30, nhỏ hơn số ngày của lần nhắc đầu, hoặc để trống.";

    public override string BadDeadlineDays => "Hãy ghi các số ngày khác nhau từ 1 đến 90, cách nhau bằng dấu phẩy, ví dụ 14,7,1.";

    public override string NoRecipients => "Hãy chọn ít nhất một người nhận.";

    public override string ScheduleNotFound(string key) => $"Không có lịch nhắc \"{key}\". Gõ \"lịch nhắc\" để xem danh sách.";

    public override string ScheduleSaved => "Đã lưu. Lịch mới có hiệu lực ngay.";

    public override string SchedulePaused => "Đã tạm dừng lịch nhắc.";

    public override string ScheduleResumed => "Lịch nhắc chạy lại từ bây giờ; các lần nhắc trong lúc tạm dừng không gửi bù.";

    public override string RunNowQueued(int count, string period) => $"Đã gửi ngay {count} tin nhắn của lần nhắc {period}; đến hạn sẽ không gửi lại.";

    public override string RunNowNothing => "Lần nhắc tới đã được gửi rồi hoặc không có ai cần nhắc.";

    public override string HolidaysTitle(int year) => $"Ngày nghỉ năm {year}";

    public override string ExceptionsTitle => "Điều chỉnh theo thông báo";

    public override string NoExceptions => "Chưa có điều chỉnh nào.";

    public override string ExtraWorkingDay => "Ngày làm việc bù";

    public override string AddException => "Thêm";

    public override string DateLabel => "Ngày (dd/MM/yyyy)";

    public override string NameLabel => "Tên (ví dụ: Nghỉ Tết bổ sung)";

    public override string IsWorkingDayLabel => "Là ngày làm việc (đi làm bù)";

    public override string RemoveException => "Xóa";

    public override string BadDate => "Ngày phải có dạng dd/MM/yyyy.";

    public override string NameRequired => "Hãy ghi tên ngày nghỉ.";

    public override string ExceptionExists => "Ngày này đã có điều chỉnh; hãy xóa điều chỉnh cũ trước.";

    public override string ExceptionAdded(DateOnly date) => $"Đã thêm điều chỉnh ngày {BotTexts.Date(date)}. Các lịch nhắc đã được tính lại.";

    public override string ExceptionRemoved(DateOnly date) => $"Đã xóa điều chỉnh ngày {BotTexts.Date(date)}. Các lịch nhắc đã được tính lại.";

    public override string ImportHow => "Để nhập kế hoạch, hãy gửi cho PciBot (trong trò chuyện riêng) tệp JSON theo mẫu seeds/ tệp Excel theo mẫu Phụ lục (STT, Nhiệm vụ, Cơ quan chủ trì, Cơ quan phối hợp, Thời gian thực hiện), hoặc chính văn bản kế hoạch bằng Word (.docx) có bảng Phụ lục. PciBot sẽ cho xem trước các thay đổi.";

    public override string ImportTitle(string file) => $"Xem trước nhập kế hoạch: {file}";

    public override string ImportSummary(string plan, int added, int edited, int removed) => $"Kế hoạch {plan}: thêm {added}, sửa {edited}, bỏ {removed} nhiệm vụ. Lịch sử cập nhật được giữ nguyên; nhiệm vụ bị bỏ được lưu trữ.";

    public override string ImportAdded => "Thêm";

    public override string ImportEdited => "Sửa";

    public override string ImportRemoved => "Bỏ";

    public override string ImportNewPlan(string number, int year) => $"Kế hoạch mới {number} (năm {year}).";

    public override string ImportIndex(string code) => $"Chỉ số {code}";

    public override string ImportGeneralTask(string letter) => $"Nhiệm vụ chung {letter})";

    public override string ImportNoChanges => "Không có thay đổi nào so với kế hoạch hiện có.";

    public override string ApplyImport => "Áp dụng";

    public override string DiscardImport => "Hủy";

    public override string ImportApplied(string plan) => $"Đã áp dụng kế hoạch {plan}. Các lịch nhắc đã được tính lại.";

    public override string ImportDiscarded => "Đã hủy, không có gì thay đổi.";

    public override string ImportFailed(string reason) => $"Không đọc được tệp: {reason}";

    public override string DownloadRefused(FileRefusal refusal, string? detail) => refusal switch
    {
        FileRefusal.NoAddress => "Teams không gửi kèm địa chỉ tải tệp",
        FileRefusal.HostNotAllowed => $"tệp nằm trên {detail}, không thuộc các máy chủ được nhận tệp (Files:AllowedHosts)",
        FileRefusal.TooLarge => "tệp lớn hơn 5 MB",
        FileRefusal.TooManyRedirects => "địa chỉ tệp chuyển hướng quá nhiều lần",
        _ => $"không tải được tệp ({detail})",
    };

    public override string ImportNotYours => "Chỉ quản trị viên đã gửi tệp này mới áp dụng được bản xem trước. Muốn tự áp dụng, anh/chị gửi lại tệp và áp dụng bản xem trước của mình.";

    public override string ImportGone => "Bản xem trước này đã được áp dụng hoặc hủy.";

    public override string ImportProblems(int count) => $"Có {count} ô không đọc được; PciBot không đoán thay. Hãy sửa văn bản rồi gửi lại; chưa có gì được lưu.";

    public override string ProblemWhere(PlanProblem problem) => problem.Kind switch
    {
        PlanProblemKind.UnknownLead => $"{problem.Where} · Cơ quan chủ trì",
        PlanProblemKind.UnknownCoordinating => $"{problem.Where} · Cơ quan phối hợp",
        PlanProblemKind.UnreadableTimeline => $"{problem.Where} · Thời gian thực hiện",
        PlanProblemKind.MissingWeight => $"{problem.Where} · Trọng số",
        PlanProblemKind.MissingTarget => $"{problem.Where} · Chỉ tiêu phấn đấu",
        _ => problem.Where.Length == 0 ? "Dòng không có STT" : $"Dòng sau {problem.Where}",
    };

    public override string ProblemText(PlanProblem problem) => problem.Kind switch
    {
        PlanProblemKind.UnknownLead or PlanProblemKind.UnknownCoordinating => problem.Suggestion is { } closest
            ? $"“{problem.Written}” không có trong danh sách đơn vị; gần nhất: {closest}"
            : $"“{problem.Written}” không có trong danh sách đơn vị",
        PlanProblemKind.UnreadableTimeline => $"“{problem.Written}” không cho biết báo cáo khi nào (thường xuyên, hằng tháng, định kỳ, Quý N/năm, giai đoạn, theo kế hoạch hằng năm, thực hiện sau khi …)",
        PlanProblemKind.MissingWeight => $"“{problem.Written}” không ghi (TRỌNG SỐ n%)",
        PlanProblemKind.MissingTarget => problem.Written.Length == 0 ? "Không có chỉ tiêu" : $"“{problem.Written}” không ghi số điểm",
        _ => $"“{CardFormat.Short(problem.Written, 80)}” không có số thứ tự",
    };

    public override string RolloverTitle(string plan, int year) => $"Chuyển kế hoạch {plan} sang năm {year}";

    public override string RolloverIntro(int tasks) => $"Sao chép {tasks} nhiệm vụ (đơn vị, chỉ số, thời hạn lùi một năm) sang kế hoạch năm mới. Lịch nhắc giữ nguyên và áp dụng cho kế hoạch mới; lịch sử của kế hoạch cũ vẫn xem được.";

    public override string ConfirmRollover => "Chuyển sang năm mới";

    public override string RolloverDone(string plan) => $"Đã tạo kế hoạch {plan}; đây là kế hoạch hiện hành.";

    public override string RolloverExists(string plan) => $"Kế hoạch {plan} đã có.";

    public override string ConditionMarked(TaskKey key) => $"Đã ghi nhận điều kiện của nhiệm vụ {key} đã đáp ứng; nhiệm vụ được nhắc theo lịch quý từ nay.";

    public override string NotConditional(TaskKey key) => $"Nhiệm vụ {key} không phải nhiệm vụ có điều kiện.";

    public override string AuditTitle => "Nhật ký thay đổi";

    public override string NoAudit => "Chưa có thay đổi nào.";

    public override IReadOnlyList<HelpTopic> Help { get; } =
    [
        new(HelpAudience.Admin, "lịch nhắc", "Các lịch nhắc, lần nhắc tới, sửa, tạm dừng"),
        new(HelpAudience.Admin, "sửa lịch nhắc monthly", "Sửa một lịch nhắc"),
        new(HelpAudience.Admin, "ngày nghỉ 2024", "Ngày nghỉ, ngày làm bù của một năm"),
        new(HelpAudience.Admin, "nhật ký", "Các thay đổi gần đây"),
        new(HelpAudience.Admin, "nhập kế hoạch", "Cách nhập kế hoạch từ tệp"),
        new(HelpAudience.Admin, "chuyển kế hoạch sang năm 2024", "Sao chép kế hoạch sang năm mới"),
        new(HelpAudience.Admin, "điều kiện nhiệm vụ 10 đã đáp ứng", "Đánh dấu điều kiện của nhiệm vụ có điều kiện"),
    ];

    public override string AuditAction(string action) => action switch
    {
        "schedule.edit" => "Sửa lịch nhắc",
        "schedule.pause" => "Tạm dừng lịch nhắc",
        "schedule.resume" => "Chạy lại lịch nhắc",
        "schedule.run-now" => "Chạy ngay lịch nhắc",
        "holiday.add" => "Thêm ngày nghỉ, làm bù",
        "holiday.remove" => "Bỏ ngày nghỉ, làm bù",
        "plan.import" => "Nhập kế hoạch",
        "plan.rollover" => "Chuyển kế hoạch sang năm mới",
        "task.condition-met" => "Đánh dấu đã đáp ứng điều kiện",
        "office-channel.set" => "Đặt kênh Văn phòng",
        "role.assign" => "Gán vai trò",
        "role.unassign" => "Bỏ vai trò",
        "role.roster" => "Vai trò theo danh sách cán bộ",
        "roster.import" => "Nhập danh sách cán bộ",
        "roster.import.refused" => "Từ chối áp dụng danh sách cán bộ của người khác",
        "extension.approve" => "Đồng ý gia hạn báo cáo",
        "extension.decline" => "Từ chối gia hạn báo cáo",
        _ => action,
    };

    public override string AuditField(string field) => field switch
    {
        "timeOfDay" => "Giờ gửi",
        "rule" => "Quy tắc",
        "ruleValue" => "Giá trị quy tắc",
        "reminderWorkingDaysBefore" => "Nhắc trước hạn (ngày làm việc)",
        "followUpWorkingDaysBefore" => "Nhắc lại trước hạn (ngày làm việc)",
        "daysBeforeDeadline" => "Nhắc trước thời hạn (ngày)",
        "recipients" => "Người nhận",
        "paused" => "Tạm dừng",
        "admin" => "Quản trị viên",
        "office" => "Cán bộ Văn phòng",
        "units" => "Đơn vị",
        "cutOff" => "Hạn báo cáo",
        "declineReason" => "Lý do từ chối",
        _ => field,
    };

    public override string AuditYes => "có";

    public override string AuditNo => "không";

    public override string AuditNothingChanged => "Không thay đổi";

    public override string AuditUnknownPerson => "(người không còn trong danh sách)";

    public override string AuditUnnamedChannel => "kênh Văn phòng (Teams không cho biết tên)";
}
