using PciBot.Audience;
using PciBot.Messaging;

namespace PciBot.Admin;

internal sealed class VietnameseRosterTexts : RosterTexts
{
    public override IReadOnlyList<HelpTopic> Help { get; } =
    [
        new(HelpAudience.Office, "sẵn sàng nhận nhắc việc", "Ai sẽ nhận được nhắc việc: từng đơn vị, trưởng và người được ủy quyền, việc cần làm"),
        new(HelpAudience.Office, "mẫu danh sách cán bộ", "Tệp Excel mẫu để điền danh sách cán bộ, có sẵn các đơn vị"),
        new(HelpAudience.Office, "nhập danh sách cán bộ", "Cách gửi danh sách cán bộ (Excel hoặc CSV) để gán vai trò một lần"),
    ];

    public override string OfficeOrAdminOnly => "Xin lỗi, chỉ cán bộ Văn phòng và quản trị viên mới dùng được chức năng này.";

    public override string ImportHow =>
        "**Nhập danh sách cán bộ**\n\nGửi vào cuộc trò chuyện riêng với PciBot một tệp Excel (.xlsx) hoặc CSV (UTF-8) có dòng tiêu đề gồm các cột: **Đơn vị**, **Họ và tên**, **Email** (tài khoản đăng nhập Microsoft 365), **Vai trò** (trưởng, ủy quyền, văn phòng, quản trị). Mỗi dòng là một người với một vai trò; một người có thể ở nhiều dòng.\n\nPciBot tìm từng người theo email (không theo tên), cho xem trước các vai trò thêm, đổi, bỏ và các dòng không khớp; bấm **Áp dụng** để lưu. Danh sách là toàn bộ trưởng, người được ủy quyền và cán bộ Văn phòng: vai trò không có trong tệp sẽ bị bỏ.";

    public override string PreviewTitle(string fileName) => $"Danh sách cán bộ: {fileName}";

    public override string Summary(int added, int changed, int removed) => $"Thêm {added} vai trò, đổi {changed}, bỏ {removed}.";

    public override string NoChanges => "Danh sách này không thay đổi vai trò nào.";

    public override string Added => "Thêm";

    public override string Changed => "Đổi";

    public override string Removed => "Bỏ";

    public override string KeptNote => "Vai trò hiện có ở các đơn vị có dòng lỗi được giữ nguyên cho tới khi sửa dòng đó. Danh sách không bao giờ bỏ quyền quản trị.";

    public override string ProblemsTitle(int count) => $"{count} dòng không khớp, sẽ bị bỏ qua:";

    public override string ProblemWhere(RosterProblem problem) => $"Dòng {problem.Line} · {problem.Who}";

    public override string ProblemText(RosterProblem problem) => problem.Kind switch
    {
        RosterProblemKind.MissingPrincipal => "thiếu email (tài khoản đăng nhập Microsoft 365)",
        RosterProblemKind.UnknownRole => $"vai trò \"{problem.Detail}\" không rõ: ghi trưởng, ủy quyền, văn phòng hoặc quản trị",
        RosterProblemKind.UnknownUnit => problem.Detail is { } near ? $"không có đơn vị này; có phải {near}?" : "không có đơn vị này trong kế hoạch",
        RosterProblemKind.UnitNotAssignable => $"{problem.Detail} là đơn vị ngoài Sở hoặc một nhóm, không gán người được",
        RosterProblemKind.NotFound => "không tìm thấy tài khoản này trong tổ chức",
        RosterProblemKind.Ambiguous => "nhiều tài khoản có cùng địa chỉ này; ghi tài khoản đăng nhập (UPN) thay cho email",
        RosterProblemKind.NoDirectory => "chưa tra được tài khoản: cần cấu hình Microsoft Graph, hoặc thêm PciBot vào một nhóm (team) có người này",
        RosterProblemKind.PermissionMissing => $"Microsoft Graph từ chối tra cứu: ứng dụng cần quyền {LookupPermission} đã được quản trị viên đồng ý",
        RosterProblemKind.AdminByOffice => "chỉ quản trị viên mới gán được quyền quản trị",
        RosterProblemKind.Duplicate => "trùng với một dòng phía trên",
        _ => problem.Kind.ToString(),
    };

    public override string Apply => "Áp dụng";

    public override string Discard => "Hủy";

    public override string ReadFailed(string detail) => $"Không đọc được danh sách: {detail}. Gõ \"nhập danh sách cán bộ\" để xem cách trình bày tệp.";

    public override string Applied(int changes) => $"Đã áp dụng danh sách cán bộ: {changes} thay đổi vai trò.";

    public override string Installed(int opened) => $"Đã cài PciBot và mở cuộc trò chuyện cho {opened} người chưa từng dùng.";

    public override string NotInstalled(int count) => $"Chưa cài được PciBot cho {count} người; xem \"sẵn sàng nhận nhắc việc\".";

    public override string PermissionAdvice(string permission) =>
        $"Microsoft Graph từ chối vì thiếu quyền. Quản trị viên Entra ID: vào Entra admin center → App registrations → ứng dụng PciBot → API permissions → Add a permission → Microsoft Graph → Application permissions → {permission}, rồi bấm \"Grant admin consent\".";

    public override string Discarded => "Đã hủy, không có gì thay đổi.";

    public override string Gone => "Bản xem trước này đã được áp dụng hoặc hủy.";

    public override string NotYours => "Chỉ người đã gửi danh sách này mới áp dụng được bản xem trước. Muốn tự áp dụng, anh/chị gửi lại tệp và áp dụng bản xem trước của mình.";

    public override string ShowReadiness => "Xem mức sẵn sàng";

    public override string ReadinessTitle => "Sẵn sàng nhận nhắc việc";

    public override string ReadinessSummary(int ready, int units) => $"{ready}/{units} đơn vị chủ trì có người nhận được nhắc việc ngay bây giờ.";

    public override string UnitsWithNobody(IReadOnlyList<string> units) => $"Chưa có người nhận: {string.Join(", ", units)}.";

    public override string Nobody => "Chưa có trưởng đơn vị hay người được ủy quyền.";

    public override string NobodyAdvice => "Gửi danh sách cán bộ có đơn vị này, hoặc gõ \"gán @Tên làm trưởng …\".";

    public override string HeadLabel => "Trưởng";

    public override string DelegateLabel => "Ủy quyền";

    public override string State(ReachState state) => state switch
    {
        ReachState.ChatOpen => "✅ nhận được",
        ReachState.WillInstall => "⏳ sẽ cài PciBot khi gửi",
        ReachState.NoChatYet => "⚠️ chưa mở PciBot",
        ReachState.Blocked => "⛔ đã chặn hoặc gỡ PciBot",
        ReachState.CannotInstall => "⛔ không cài được PciBot",
        ReachState.PermissionMissing => "⛔ thiếu quyền cài PciBot",
        _ => state.ToString(),
    };

    public override string Advice(ReachState state) => state switch
    {
        ReachState.WillInstall => "Không cần làm gì: PciBot tự cài cho người này qua Microsoft Graph.",
        ReachState.NoChatYet => "Nhờ người này mở PciBot trong Teams một lần, hoặc nhờ quản trị Teams cài sẵn PciBot bằng chính sách cài đặt ứng dụng (app setup policy).",
        ReachState.Blocked => "Nhờ người này mở lại PciBot trong Teams (Ứng dụng → PciBot → Mở).",
        ReachState.CannotInstall => "Tài khoản chưa có giấy phép Teams, bị khóa, hoặc PciBot bị chặn bởi chính sách: nhờ quản trị Teams kiểm tra.",
        ReachState.PermissionMissing => PermissionAdvice(InstallPermission),
        _ => "",
    };

    public override string LastSeen(string when) => $"lần cuối nhắn PciBot: {when}";

    public override string NeverWrote => "chưa từng nhắn PciBot";

    public override string NoPlan => "Chưa có kế hoạch nào.";

    public override string DigestLine(int ready, int units, int nobody) =>
        nobody > 0 ? $"Sẵn sàng nhận nhắc việc: {ready}/{units} đơn vị; {nobody} đơn vị chưa có người nhận." : $"Sẵn sàng nhận nhắc việc: {ready}/{units} đơn vị.";

    public override string Download => "Tải Excel";

    public override string TemplateTitle => "Mẫu danh sách cán bộ";

    public override string TemplateIntro => "Điền mỗi dòng một người và một vai trò (chọn đơn vị và vai trò trong danh sách thả xuống), rồi gửi lại tệp vào cuộc trò chuyện này. Liên kết tải dùng được 24 giờ.";

    public override string TemplateOnlyInPersonalChat => "Liên kết tải chỉ được gửi trong cuộc trò chuyện riêng với PciBot.";

    public override string TemplateSheetName => "Danh sách";

    public override string UnitsSheetName => "Đơn vị";

    public override IReadOnlyList<string> TemplateHeaders { get; } = ["Đơn vị", "Họ và tên", "Email", "Vai trò"];

    public override IReadOnlyList<string> RoleChoices { get; } = ["trưởng", "ủy quyền", "văn phòng", "quản trị"];

    public override IReadOnlyList<string> ReadinessHeaders { get; } = ["Đơn vị", "Vai trò", "Họ và tên", "Tài khoản", "Tình trạng", "Lần cuối nhắn PciBot", "Cài PciBot lúc", "Việc cần làm"];
}
