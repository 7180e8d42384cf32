using PciBot.Registry;
using PciBot.Status;
using PciBot.Updates;

namespace PciBot.Localization;

internal sealed class VietnameseTexts : BotTexts
{
    public override string Language => "vi";

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

    public override string TaskNotFound(TaskKey key) =>
        $"Không có nhiệm vụ {key} trong kế hoạch hiện hành. Gõ \"nhiệm vụ\" để xem danh sách.";

    public override string NoPlan => "Chưa có kế hoạch nào được nạp.";

    public override string Task => "Nhiệm vụ";

    public override string Index => "Chỉ số";

    public override string Weight => "Trọng số";

    public override string Target => "Chỉ tiêu 2023";

    public override string Lead => "Chủ trì";

    public override string Coordinating => "Phối hợp";

    public override string Timeline => "Thời gian thực hiện";

    public override string Reporting => "Kỳ báo cáo";

    public override string Deadline => "Hạn";

    public override string Period => "Giai đoạn";

    public override string Condition => "Điều kiện";

    public override string ConditionMet => "Điều kiện đã đáp ứng";

    public override string ShowMore => "Xem thêm";

    public override string ShowLess => "Thu gọn";

    public override string None => "—";

    public override string TaskListTitle(int count, string? filter) =>
        filter is null ? $"Kế hoạch có {count} nhiệm vụ" : $"{count} nhiệm vụ — {filter}";

    public override string NoTasks => "Không có nhiệm vụ nào phù hợp.";

    public override string CadenceName(Cadence cadence) => cadence switch
    {
        Cadence.Ongoing => "Thường xuyên — báo cáo hằng quý",
        Cadence.Monthly => "Báo cáo hằng tháng",
        Cadence.Periodic => "Báo cáo định kỳ (hằng quý)",
        Cadence.Deadline => "Có thời hạn",
        Cadence.Period => "Theo giai đoạn — báo cáo hằng quý",
        Cadence.Annual => "Theo kế hoạch hằng năm",
        Cadence.Conditional => "Khi đáp ứng điều kiện",
        _ => cadence.ToString(),
    };

    public override string MoreTasks(int count) => $"… và {count} nhiệm vụ khác";

    public override string UnsupportedAction => "Thao tác này chưa được hỗ trợ.";

    public override string NotAllowed => "Xin lỗi, chỉ quản trị viên (hoặc Văn phòng Sở) được dùng lệnh này. Nếu cần, hãy liên hệ quản trị viên PciBot.";

    protected override string WhoAmI(string name, IReadOnlyList<string> roles) =>
        roles.Count == 0
            ? $"Bạn là {name}. Bạn chưa được gán vào phòng, đơn vị nào; nhờ quản trị viên gõ \"gán @{name} làm trưởng <tên phòng>\"."
            : $"Bạn là {name}: {string.Join("; ", roles)}.";

    public override string Assigned(string person, string role) => $"Đã gán {person} làm {role}.";

    public override string Unassigned(string person, string what) => $"Đã bỏ gán {person}: {what}.";

    public override string NothingToUnassign(string person) => $"{person} không có vai trò nào như vậy.";

    public override string MentionSomeone => "Hãy nhắc (@) người cần gán, ví dụ: \"gán @Nguyễn Văn A làm trưởng Phòng TTBCXB\".";

    public override string NameAUnit => "Hãy ghi tên phòng, đơn vị, ví dụ: \"gán @Nguyễn Văn A làm trưởng Phòng TTBCXB\".";

    public override string UnitNotAssignable(string unit) => $"{unit} không phải một phòng, đơn vị thuộc Sở nên không gán người được.";

    public override string CannotResolvePerson(string name) => $"Không xác định được tài khoản Teams của {name}. Người đó cần có PciBot trong Teams.";

    public override string PeopleTitle => "Cán bộ đã được gán";

    public override string NoPeople => "Chưa ai được gán vào phòng, đơn vị nào.";

    public override string RoleName(PciBot.People.PersonRole role, string? unit) => role switch
    {
        PciBot.People.PersonRole.Head => $"trưởng {unit}",
        PciBot.People.PersonRole.Delegate => $"người được ủy quyền của {unit}",
        PciBot.People.PersonRole.OfficeStaff => OfficeLabel,
        _ => AdminLabel,
    };

    public override string OfficeChannelSet(string channel) => $"Từ nay PciBot gửi bản tổng hợp cho Văn phòng vào kênh {channel}.";

    public override string OfficeChannelOnlyInChannel => "Hãy gửi lệnh này trong kênh của Văn phòng (nhắc @PciBot trong kênh).";

    public override string AdminLabel => "quản trị viên";

    public override string OfficeLabel => "cán bộ Văn phòng Sở";

    public override string PeriodLabel(PciBot.Calendar.ReportingPeriod period) => period.LabelVi;

    public override string DeadlineLabel(DateOnly deadline) => $"hạn {Date(deadline)}";

    public override string ReminderTitle(string period) => $"Nhắc báo cáo {period}";

    public override string FollowUpTitle(string period) => $"Nhắc lại: chưa có báo cáo {period}";

    public override string ReminderIntro(string unit, DateOnly cutOff) => $"Đề nghị {unit} báo cáo kết quả thực hiện nhiệm vụ dưới đây trước ngày {Date(cutOff)}.";

    public override string FollowUpIntro(string unit, DateOnly cutOff) => $"PciBot chưa nhận được báo cáo của {unit} cho nhiệm vụ dưới đây. Hạn báo cáo: {Date(cutOff)}.";

    public override string SnoozedTitle => "Nhắc lại theo yêu cầu";

    public override string Unit => "Đơn vị";

    public override string CutOff => "Hạn báo cáo";

    public override string EscalationTitle(string period) => $"Quá hạn báo cáo {period}";

    public override string EscalationIntro(int count, DateOnly cutOff) => $"Đến hạn {Date(cutOff)}, còn {count} lượt nhiệm vụ của các đơn vị chưa báo cáo:";

    public override string UnassignedTitle(string period) => $"Chưa có người nhận nhắc việc {period}";

    public override string UnassignedIntro => "Các đơn vị sau chưa được gán trưởng đơn vị hoặc người được ủy quyền trong PciBot nên không nhận được nhắc việc. Quản trị viên có thể gõ \"gán @Tên làm trưởng <đơn vị>\".";

    public override string UnreachableTitle => "Không gửi được nhắc việc";

    public override string UnconfirmedTitle => "Nhắc việc có thể chưa đến";

    public override string UnconfirmedIntro(string person, string period, string reason) =>
        $"PciBot không chắc lời nhắc{(period.Length > 0 ? $" {period}" : "")} đã đến {person} ({reason}). Để không ai nhận hai lần, PciBot không gửi lại; đề nghị Văn phòng kiểm tra và nhắc trực tiếp nếu cần.";

    public override string UnreachableIntro(string person, string reason) => $"PciBot không gửi được tin nhắn cho {person} ({reason}). Đề nghị Văn phòng nhắc trực tiếp và đề nghị người đó cài lại PciBot trong Teams.";

    public override string RollupTitle(string period) => $"Tổng hợp kết quả {period}";

    public override string RollupIntro(int tasks, DateOnly cutOff) => $"Hôm nay ({Date(cutOff)}) là hạn chốt số liệu. Đề nghị Văn phòng tổng hợp, đánh giá kết quả {tasks} nhiệm vụ của Kế hoạch.";

    public override string YearEndTitle(int year) => $"Báo cáo kết quả năm {year}";

    public override string YearEndIntro(string reportTo, DateOnly deadline) => $"Văn phòng tham mưu báo cáo kết quả thực hiện Kế hoạch gửi {reportTo} trước ngày {Date(deadline)}.";

    public override string DialogueTitle(string period) => $"Đối thoại với doanh nghiệp — {period}";

    public override string DialogueIntro => "Kế hoạch yêu cầu tổ chức đối thoại với doanh nghiệp, cơ sở sản xuất kinh doanh ít nhất 02 lần/năm (nhiệm vụ chung h). Đề nghị Văn phòng kiểm tra việc tổ chức trong kỳ này.";

    public override string NobodyAssigned => "chưa gán người";

    public override string Yours => "của bạn";

    public override string NotAssignedYet => "Bạn chưa được gán vào phòng, đơn vị nào nên chưa có việc riêng. Nhờ quản trị viên gõ \"gán @Tên làm trưởng <tên phòng>\"; trong lúc chờ, gõ \"nhiệm vụ\" để xem cả kế hoạch.";

    public override string DueIn(string period) => $"đến hạn báo cáo {period}";

    public override string UpdateTitle(string period) => $"Cập nhật tiến độ {period}";

    public override string UpdatedTitle => "Đã cập nhật tiến độ";

    public override string ContributionIntro(string unit) => $"{unit} phối hợp thực hiện nhiệm vụ này; nội dung gửi được ghi nhận là phần đóng góp của đơn vị phối hợp.";

    public override string ReportingUnit => "Đơn vị báo cáo";

    public override string ContributionMark => "phối hợp";

    public override string LatestUpdate => "Cập nhật gần nhất";

    public override string NoUpdateYet => "Chưa có cập nhật cho kỳ này.";

    public override string UpdatedBy(string name, DateTimeOffset at) => $"Đã cập nhật bởi {name} lúc {LocalMoment(at)}";

    public override string UpdatedByLabel => "Người cập nhật";

    public override string Status => "Tình trạng";

    public override string OverdueTitle => "Việc quá hạn chưa báo cáo";

    public override string NotReportedTitle(string period) => $"Chưa báo cáo — {period}";

    public override string NotReportedOnlyOffice => "Chỉ Văn phòng Sở và quản trị viên xem được các đơn vị chưa báo cáo. Gõ \"việc của tôi\" để xem việc của đơn vị bạn.";

    public override string EveryoneReported => "Tất cả các đơn vị đã báo cáo.";

    public override string TasksOf(string what) => $"Nhiệm vụ — {what}";

    public override string UpdateButton => "Cập nhật";

    public override string MoreButton(int remaining) => $"Xem thêm ({remaining})";

    public override string PageLabel(int page, int pages) => $"Trang {page}/{pages}";

    public override string UpdateCommand(TaskKey key) => $"cập nhật nhiệm vụ {key}";

    public override string IndexCommand(string code) => $"nhiệm vụ {code}";

    public override string DidYouMean(IReadOnlyList<string> suggestions) =>
        $"Có phải bạn muốn hỏi: {string.Join(", ", suggestions.Select(s => $"\"{s}\""))}?";

    public override string SeveralIndices(IReadOnlyList<string> commands) =>
        $"Câu hỏi khớp với nhiều chỉ số. Chọn một: {string.Join(", ", commands.Select(s => $"\"{s}\""))}.";

    public override string ReportedCount(int reported, int total) => $"{reported}/{total} đơn vị đã báo cáo";

    public override string NothingToReport => "không có kỳ báo cáo";

    public override string ThisPeriod => "Tình trạng kỳ này";

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

    public override string RemindLater => "Nhắc lại sau";

    public override string SnoozeName(SnoozeChoice choice) => choice switch
    {
        SnoozeChoice.OneDay => "1 ngày",
        SnoozeChoice.ThreeDays => "3 ngày",
        _ => "Tuần sau",
    };

    public override string RequestExtension => "Xin gia hạn";

    public override string ExtensionDate => "Đề nghị gia hạn đến ngày";

    public override string ExtensionReason => "Lý do";

    public override string SendExtension => "Gửi đề nghị gia hạn";

    public override string FixErrors => "Chưa lưu: vui lòng sửa các mục được đánh dấu bên dưới rồi gửi lại.";

    public override string StatusRequired => "Hãy chọn tình trạng thực hiện.";

    public override string PercentInvalid => "Nhập một số từ 0 đến 100.";

    public override string TooLong(int max) => $"Tối đa {max} ký tự.";

    public override string LinkInvalid => "Đường dẫn phải là địa chỉ web bắt đầu bằng http:// hoặc https://.";

    public override string ExtensionDateRequired => "Hãy chọn ngày đề nghị gia hạn.";

    public override string ExtensionDateTooEarly(DateOnly notBefore) => $"Ngày đề nghị phải từ {Date(notBefore)} trở đi.";

    public override string ExtensionReasonRequired => "Hãy ghi lý do xin gia hạn.";

    public override string Snoozed(DateTimeOffset at) => $"Đã hẹn: PciBot sẽ nhắc lại lúc {LocalMoment(at)}.";

    public override string ExtensionSent(DateOnly date) => $"Đã gửi Văn phòng Sở đề nghị gia hạn đến ngày {Date(date)}.";

    public override string NoOfficeToAsk => "Chưa có cán bộ Văn phòng Sở nào nhận được đề nghị qua PciBot; vui lòng báo trực tiếp cho Văn phòng.";

    public override string RefusedTitle => "Không thể cập nhật";

    public override string Refused => "Xin lỗi, chỉ trưởng hoặc người được ủy quyền của đơn vị chủ trì hay phối hợp nhiệm vụ này, cán bộ Văn phòng Sở và quản trị viên mới cập nhật được tiến độ. Không có nội dung nào được lưu. Nếu bạn cần cập nhật, hãy nhờ quản trị viên PciBot gán bạn vào đơn vị.";

    public override string SaveFailed => "PciBot chưa lưu được cập nhật. Nội dung trên thẻ vẫn còn, vui lòng bấm gửi lại sau ít phút.";

    public override string UpdateNotAllowed(TaskKey key) => $"Bạn không thuộc đơn vị chủ trì hay phối hợp nhiệm vụ {key} nên không cập nhật được. Gõ \"tôi là ai\" để xem vai trò của bạn, hoặc nhờ quản trị viên gán bạn vào đơn vị.";

    public override string HistoryTitle(TaskKey key) => $"Lịch sử cập nhật — Nhiệm vụ {key}";

    public override string NoHistory => "Chưa có cập nhật nào cho nhiệm vụ này.";

    public override string OlderUpdates(int count) => $"… và {count} cập nhật cũ hơn";

    public override string ExtensionTitle(TaskKey key) => $"Đề nghị gia hạn — Nhiệm vụ {key}";

    public override string ExtensionIntro(string person, string unit, DateOnly requested, DateOnly cutOff) =>
        $"{person} ({unit}) đề nghị gia hạn báo cáo nhiệm vụ dưới đây đến ngày {Date(requested)} (hạn hiện tại: {Date(cutOff)}).";

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

    public override string RuleWords(PciBot.Schedules.ScheduleDefinition schedule)
    {
        var at = schedule.TimeOfDay.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        var main = schedule.Rule switch
        {
            PciBot.Schedules.ScheduleRuleKind.MonthlyDay => $"ngày {schedule.RuleValue} hằng tháng lúc {at} (lùi về ngày làm việc trước nếu là ngày nghỉ)",
            PciBot.Schedules.ScheduleRuleKind.QuarterlyOffset => $"{schedule.RuleValue} ngày làm việc trước hạn chót mỗi quý, lúc {at}",
            PciBot.Schedules.ScheduleRuleKind.Weekly => $"{schedule.RuleValue} hằng tuần lúc {at} (bỏ qua ngày nghỉ)",
            PciBot.Schedules.ScheduleRuleKind.Cron => $"theo biểu thức cron \"{schedule.RuleValue}\" (giờ Việt Nam)",
            _ => schedule.Kind switch
            {
                PciBot.Schedules.ScheduleKind.Monthly => $"{schedule.ReminderWorkingDaysBefore} ngày làm việc trước hạn 14 hằng tháng, lúc {at}",
                PciBot.Schedules.ScheduleKind.Quarterly => $"{schedule.ReminderWorkingDaysBefore} ngày làm việc trước hạn chót mỗi quý (14/3, 14/6, 14/9, 14/12), lúc {at}",
                PciBot.Schedules.ScheduleKind.Annual => $"{schedule.ReminderWorkingDaysBefore} ngày làm việc trước hạn 14/12, lúc {at}",
                PciBot.Schedules.ScheduleKind.Deadline => $"{schedule.DaysBeforeDeadline} ngày trước thời hạn của nhiệm vụ, lúc {at}",
                PciBot.Schedules.ScheduleKind.Dialogue => $"{schedule.ReminderWorkingDaysBefore} ngày làm việc trước hạn mỗi nửa năm, lúc {at}",
                PciBot.Schedules.ScheduleKind.OfficeRollup => $"vào hạn chót mỗi quý, lúc {at}",
                PciBot.Schedules.ScheduleKind.Digest => $"thứ Hai hằng tuần lúc {at} từ {schedule.ReminderWorkingDaysBefore} ngày làm việc trước hạn chót quý, và vào mỗi hạn chót tháng, quý",
                _ => $"{schedule.ReminderWorkingDaysBefore} ngày làm việc trước hạn báo cáo của kế hoạch, lúc {at}",
            },
        };
        var followUp = schedule.Kind != PciBot.Schedules.ScheduleKind.Deadline && schedule.FollowUpWorkingDaysBefore is { } f ? $"; nhắc lại {f} ngày làm việc trước hạn" : "";
        var escalation = schedule.EscalationWorkingDaysAfter is { } e ? $"; báo Văn phòng {e} ngày làm việc sau hạn" : "";
        return main + followUp + escalation;
    }

    public override string PlanRecipients(PciBot.Schedules.ScheduleKind kind) => kind is PciBot.Schedules.ScheduleKind.Dialogue or PciBot.Schedules.ScheduleKind.OfficeRollup or PciBot.Schedules.ScheduleKind.YearEnd or PciBot.Schedules.ScheduleKind.Digest
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

    public override string RuleChoice(PciBot.Schedules.ScheduleRuleKind rule) => rule switch
    {
        PciBot.Schedules.ScheduleRuleKind.MonthlyDay => "Ngày cố định hằng tháng",
        PciBot.Schedules.ScheduleRuleKind.QuarterlyOffset => "Số ngày làm việc trước hạn quý",
        PciBot.Schedules.ScheduleRuleKind.Weekly => "Một ngày trong tuần",
        PciBot.Schedules.ScheduleRuleKind.Cron => "Biểu thức cron (chuyên gia)",
        _ => "Theo kế hoạch (số ngày làm việc trước hạn)",
    };

    public override string RuleValueLabel => "Giá trị của quy tắc";

    public override string RuleValueHint => "Theo kế hoạch hoặc trước hạn quý: số ngày làm việc (0–60); ngày hằng tháng: 1–31; hằng tuần: thứ 2 … chủ nhật; cron: ví dụ 0 0 8 ? * MON";

    public override string FollowUpLabel(PciBot.Schedules.ScheduleKind kind) => kind == PciBot.Schedules.ScheduleKind.Deadline
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

    public override string ExceptionAdded(DateOnly date) => $"Đã thêm điều chỉnh ngày {Date(date)}. Các lịch nhắc đã được tính lại.";

    public override string ExceptionRemoved(DateOnly date) => $"Đã xóa điều chỉnh ngày {Date(date)}. Các lịch nhắc đã được tính lại.";

    public override string ImportHow => "Để nhập kế hoạch, hãy gửi cho PciBot (trong trò chuyện riêng) tệp JSON theo mẫu seeds/ hoặc tệp Excel theo mẫu Phụ lục (STT, Nhiệm vụ, Cơ quan chủ trì, Cơ quan phối hợp, Thời gian thực hiện). PciBot sẽ cho xem trước các thay đổi.";

    public override string ImportTitle(string file) => $"Xem trước nhập kế hoạch: {file}";

    public override string ImportSummary(string plan, int added, int edited, int removed) => $"Kế hoạch {plan}: thêm {added}, sửa {edited}, bỏ {removed} nhiệm vụ. Lịch sử cập nhật được giữ nguyên; nhiệm vụ bị bỏ được lưu trữ.";

    public override string ImportAdded => "Thêm";

    public override string ImportEdited => "Sửa";

    public override string ImportRemoved => "Bỏ";

    public override string ImportNewPlan(string number, int year) => $"Kế hoạch mới {number} (năm {year}).";

    public override string ImportNoChanges => "Không có thay đổi nào so với kế hoạch hiện có.";

    public override string ApplyImport => "Áp dụng";

    public override string DiscardImport => "Hủy";

    public override string ImportApplied(string plan) => $"Đã áp dụng kế hoạch {plan}. Các lịch nhắc đã được tính lại.";

    public override string ImportDiscarded => "Đã hủy, không có gì thay đổi.";

    public override string ImportFailed(string reason) => $"Không đọc được tệp: {reason}";

    public override string ImportGone => "Bản xem trước này đã được áp dụng hoặc hủy.";

    public override string RolloverTitle(string plan, int year) => $"Chuyển kế hoạch {plan} sang năm {year}";

    public override string RolloverIntro(int tasks) => $"Sao chép {tasks} nhiệm vụ (đơn vị, chỉ số, thời hạn lùi một năm) sang kế hoạch năm mới. Lịch nhắc giữ nguyên và áp dụng cho kế hoạch mới; lịch sử của kế hoạch cũ vẫn xem được.";

    public override string ConfirmRollover => "Chuyển sang năm mới";

    public override string RolloverDone(string plan) => $"Đã tạo kế hoạch {plan}; đây là kế hoạch hiện hành.";

    public override string RolloverExists(string plan) => $"Kế hoạch {plan} đã có.";

    public override string ConditionMarked(TaskKey key) => $"Đã ghi nhận điều kiện của nhiệm vụ {key} đã đáp ứng; nhiệm vụ được nhắc theo lịch quý từ nay.";

    public override string NotConditional(TaskKey key) => $"Nhiệm vụ {key} không phải nhiệm vụ có điều kiện.";

    public override string AuditTitle => "Nhật ký thay đổi";

    public override string NoAudit => "Chưa có thay đổi nào.";

    public override string DigestTitle(string period) => $"Bản tin tiến độ — {period}";

    public override string DigestIntro(DateOnly today, DateOnly cutOff) => $"Tình hình báo cáo đến ngày {Date(today)}; hạn chốt số liệu {Date(cutOff)}.";

    public override string ByUnit => "Theo đơn vị";

    public override string ByIndex => "Theo chỉ số";

    public override string DigestNotReportedTitle => "Chưa báo cáo";

    public override string DueList(string tasks) => $"trong hạn: {tasks}";

    public override string OverdueList(string tasks) => $"quá hạn: {tasks}";

    public override string LateHeads(string mentions) => $"Đề nghị {mentions} khẩn trương báo cáo các nhiệm vụ quá hạn.";

    public override string NewObstaclesTitle => "Vướng mắc mới";

    public override string NewExtensionsTitle => "Đề nghị gia hạn mới";

    public override string ExtensionLine(string person, string unit, DateOnly until, DateOnly cutOff, string reason) =>
        $"{person} ({unit}) xin gia hạn đến {Date(until)} (hạn {Date(cutOff)}): {reason}";

    public override string DigestOverdueTitle => "Nhiệm vụ quá hạn";

    public override string OverdueLine(string unit, DateOnly cutOff) => $"{unit} — hạn {Date(cutOff)}";

    public override string NothingToShow => "Không có.";

    public override string MoreItems(int count) => $"… và {count} mục khác";

    public override string OpenTask => "Mở nhiệm vụ";

    public override string RemindAgain => "Nhắc lại";

    public override string Nudged(int people, string unit, TaskKey key) => $"Đã gửi lại lời nhắc nhiệm vụ {key} tới {people} người của {unit}.";

    public override string AlreadyNudged(string unit, TaskKey key) => $"Lời nhắc nhiệm vụ {key} cho {unit} đã được gửi lại từ bản tin này trước đó.";

    public override string NobodyToNudge(string unit) => $"{unit} chưa có người được gán trên PciBot nên không nhắc lại được.";

    public override string OfficeOnly => "Chức năng này chỉ dành cho cán bộ Văn phòng Sở và quản trị viên.";

    public override string TargetScore(decimal score) => $"mục tiêu {score.ToString("0.##", System.Globalization.CultureInfo.GetCultureInfo("vi-VN"))} điểm";

    public override string PreviousQuarter(string status) => $"quý trước: {status}";

    public override string ContributionsLabel => "Phối hợp";

    public override string DownloadWord => "Tải bản Word (.docx)";

    public override string DownloadExcel => "Tải bản Excel (.xlsx)";

    public override string DownloadTitle(string what) => $"Báo cáo {what}";

    public override string DownloadIntro(DateTimeOffset expires) => $"Liên kết tải về dành riêng cho bạn, hết hạn lúc {LocalMoment(expires)}. Vui lòng không chuyển tiếp.";

    public override string RollupOnDemandIntro(DateOnly today) => $"Số liệu đến ngày {Date(today)}.";

    public override string ExternalLead => "đơn vị ngoài Sở chủ trì";
}
