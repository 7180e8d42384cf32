using PciBot.Messaging;

namespace PciBot.People;

internal sealed class VietnamesePeopleTexts : PeopleTexts
{
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

    protected override string HeadOf(string? unit) => $"trưởng {unit}";

    protected override string DelegateOf(string? unit) => $"người được ủy quyền của {unit}";

    public override string OfficeChannelSet(string? channel) => channel is null
        ? "Từ nay PciBot gửi bản tin và bản tổng hợp của Văn phòng vào kênh này."
        : $"Từ nay PciBot gửi bản tin và bản tổng hợp của Văn phòng vào kênh {channel}.";

    public override string OfficeChannelOnlyInChannel => "Hãy gửi lệnh này trong kênh của Văn phòng (nhắc @PciBot trong kênh).";

    public override string AdminLabel => "quản trị viên";

    public override string OfficeLabel => "cán bộ Văn phòng Sở";

    public override IReadOnlyList<HelpTopic> Help { get; } =
    [
        new(HelpAudience.Everyone, "tôi là ai", "Đơn vị và vai trò của bạn"),
        new(HelpAudience.Office, "danh sách cán bộ", "Ai phụ trách đơn vị nào"),
        new(HelpAudience.Office, "đặt làm kênh Văn phòng", "Gửi trong một kênh: thông báo của Văn phòng về kênh đó"),
        new(HelpAudience.Admin, "gán @Tên làm trưởng Phòng TTBCXB", "Gán vai trò: trưởng, người được ủy quyền, cán bộ Văn phòng, quản trị viên"),
        new(HelpAudience.Admin, "bỏ gán @Tên khỏi Phòng TTBCXB", "Bỏ một vai trò"),
    ];
}
