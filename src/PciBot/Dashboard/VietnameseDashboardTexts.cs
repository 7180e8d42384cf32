namespace PciBot.Dashboard;

internal sealed class VietnameseDashboardTexts : DashboardTexts
{
    public override string AppName => "PciBot";

    public override string Navigation => "Các trang của PciBot";

    public override string Overview => "Tổng quan";

    public override string Downloads => "Tải báo cáo";

    public override string Schedules => "Lịch nhắc";

    public override string Holidays => "Ngày nghỉ";

    public override string People => "Người dùng và vai trò";

    public override string Audit => "Nhật ký thay đổi";

    public override string SigningIn => "Đang đăng nhập bằng tài khoản Microsoft Teams của bạn…";

    public override string OpenInTeams => "Trang này mở trong Microsoft Teams: thêm ứng dụng PciBot rồi chọn thẻ “Bảng điều khiển”.";

    public override string SignInFailed => "Chưa đăng nhập được. Hãy tải lại thẻ; nếu vẫn không được, xin liên hệ quản trị viên PciBot.";

    public override string DevSignInTitle => "Đăng nhập thử (chỉ có trong môi trường Development)";

    public override string DevSignInHint => "Chọn một người trong danh sách thử nghiệm để xem bảng điều khiển với vai trò của họ.";

    public override string NotAllowedTitle => "Bạn chưa có quyền xem trang này";

    public override string NotAllowed => "PciBot chưa ghi nhận bạn là cán bộ Văn phòng, quản trị viên hay lãnh đạo, đầu mối của một đơn vị. Nếu bạn cần theo dõi kế hoạch, xin nhờ quản trị viên PciBot gán vai trò cho bạn.";

    public override string NotYourPage => "Trang này dành cho Văn phòng và quản trị viên. Bạn vẫn xem được tổng quan và các nhiệm vụ của đơn vị mình.";

    public override string NotFound => "Không tìm thấy trang này.";

    public override string QuarterLabel => "Kỳ báo cáo";

    public override string Show => "Xem";

    public override string AsOf(string date) => $"Số liệu đến ngày {date}";

    public override string Headline(string quarter) => $"Tổng quan {quarter}";

    public override string YourUnits(string units) => $"Đơn vị của bạn: {units}";

    public override string ByIndexTitle => "Theo chỉ số";

    public override string ByIndexChart => "Biểu đồ: số dòng báo cáo theo trạng thái của từng chỉ số";

    public override string IndexColumn => "Chỉ số";

    public override string WeightColumn => "Trọng số";

    public override string TargetColumn => "Mục tiêu 2023";

    public override string ByUnitTitle => "Theo đơn vị và trạng thái";

    public override string ByUnitChart => "Biểu đồ: số dòng báo cáo theo trạng thái của từng đơn vị";

    public override string UnitColumn => "Đơn vị";

    public override string TotalColumn => "Tổng";

    public override string NotReportedTitle => "Chưa báo cáo";

    public override string EveryoneReported => "Không còn dòng nào đến hạn mà chưa báo cáo.";

    public override string HeadsLabel => "Lãnh đạo";

    public override string ObstaclesTitle => "Vướng mắc trong kỳ";

    public override string NoObstacles => "Chưa có vướng mắc nào trong kỳ.";

    public override string ExtensionsTitle => "Đề nghị gia hạn";

    public override string NoExtensions => "Chưa có đề nghị gia hạn nào trong kỳ.";

    public override string Extension(string person, string cutOff, string until, string reason) => $"{person} đề nghị gia hạn từ {cutOff} đến {until}: {reason}";

    public override string TasksTitle => "Nhiệm vụ";

    public override string TaskColumn => "Nhiệm vụ";

    public override string LeadColumn => "Đơn vị chủ trì";

    public override string StatusColumn => "Trạng thái";

    public override string LinesTitle => "Các dòng báo cáo của kỳ";

    public override string PeriodColumn => "Kỳ";

    public override string CutOffColumn => "Hạn báo cáo";

    public override string PercentColumn => "Tiến độ";

    public override string ResultColumn => "Kết quả";

    public override string ObstaclesColumn => "Vướng mắc";

    public override string EvidenceColumn => "Minh chứng";

    public override string UpdatedColumn => "Cập nhật lúc";

    public override string ByColumn => "Người cập nhật";

    public override string HistoryTitle => "Lịch sử cập nhật (mới nhất trước)";

    public override string NoUpdates => "Chưa có cập nhật.";

    public override string Contribution => "Đơn vị phối hợp";

    public override string UpdateHint(string task) => $"Để cập nhật dòng của đơn vị mình, nhắn cho PciBot: “cập nhật nhiệm vụ {task}”.";

    public override string UpdateLinesTitle => "Cập nhật các dòng của bạn";

    public override string UpdateLine(string unit, string periodKey) => $"Cập nhật: {unit} · {periodKey}";

    public override string UpdateSaved => "Đã lưu cập nhật. Cập nhật mới nằm ở đầu lịch sử bên dưới.";

    public override string NotYourLine => "Bạn không được cập nhật dòng này: chỉ trưởng, phó hoặc người được giao của đơn vị, Văn phòng và quản trị viên mới cập nhật được. Không có gì được lưu.";

    public override string AndMore(int count) => $"và {count} dòng khác";

    public override string ShowAllNotReported(int units) => $"Xem đủ {units} đơn vị chưa báo cáo";

    public override string ShowAllTasks(int tasks) => $"Xem tất cả {tasks} nhiệm vụ";

    public override string TasksShown(int from, int to, int total) => $"Nhiệm vụ {from}–{to} trong {total}";

    public override string PreviousPage => "Trang trước";

    public override string NextPage => "Trang sau";

    public override string BackToOverview => "Về trang tổng quan";

    public override string TimelineLabel => "Thời gian thực hiện";

    public override string CoordinatingLabel => "Đơn vị phối hợp";

    public override string DownloadsIntro => "Báo cáo tổng hợp của kỳ, lập từ cùng số liệu với trang tổng quan.";

    public override string QuarterWord => "Báo cáo quý (Word)";

    public override string QuarterExcel => "Bảng tổng hợp quý (Excel)";

    public override string YearWord(int year) => $"Báo cáo năm {year} (Word)";

    public override string YearExcel(int year) => $"Bảng tổng hợp năm {year} (Excel)";

    public override string ScheduleColumn => "Lịch";

    public override string Edit => "Sửa";

    public override string YearLabel => "Năm";

    public override string DateColumn => "Ngày";

    public override string NameColumn => "Tên";

    public override string RolesColumn => "Vai trò";

    public override string ActionColumn => "Thao tác";

    public override string ChangeColumn => "Thay đổi";

    public override string WhoColumn => "Người thực hiện";

    public override string HolidaysEditHint => "Thêm hoặc bỏ ngày nghỉ, ngày làm bù: nhắn cho PciBot “ngày nghỉ 2024” (năm cần sửa) và dùng thẻ PciBot trả lời.";

    public override string PeopleEditHint => "Gán hoặc bỏ vai trò: nhắn cho PciBot, ví dụ “gán @Nguyễn Văn A làm trưởng Phòng TTBCXB”.";

    public override string RosterTitle => "Danh sách cán bộ";

    public override string RosterHint => "Đổi vai trò của nhiều người một lần: tải mẫu, điền đơn vị, họ tên, email và vai trò của từng người, rồi gửi tệp cho PciBot trong cuộc trò chuyện riêng. PciBot cho xem trước các thay đổi và chỉ áp dụng khi bạn chọn “Áp dụng”. Danh sách là toàn bộ trưởng, người được ủy quyền và cán bộ Văn phòng: vai trò không có trong tệp sẽ bị bỏ.";

    public override string RosterTemplateLink => "Tải mẫu danh sách cán bộ (Excel)";

    public override string ReadinessLink => "Tải báo cáo sẵn sàng nhận nhắc việc (Excel)";

    public override string NoRole => "Chưa có vai trò";

    public override string ConfigureTitle => "Thêm bảng điều khiển PciBot";

    public override string ConfigureHint => "Thẻ này cho thành viên của kênh hoặc nhóm xem bảng điều khiển của PciBot; mỗi người chỉ thấy phần vai trò của mình cho phép. Chọn “Lưu” để thêm thẻ.";
}
