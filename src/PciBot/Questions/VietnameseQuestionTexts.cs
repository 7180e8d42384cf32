using PciBot.Messaging;
using PciBot.Registry;

namespace PciBot.Questions;

internal sealed class VietnameseQuestionTexts : QuestionTexts
{
    public override string Timeline => "Thời gian thực hiện";

    public override string Deadline => "Hạn";

    public override string Period => "Giai đoạn";

    public override string Condition => "Điều kiện";

    public override string ConditionMet => "Điều kiện đã đáp ứng";

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

    public override string YourTasks(string units) => $"Việc của bạn — {units}";

    public override string NotAssignedYet => "Bạn chưa được gán vào phòng, đơn vị nào nên chưa có việc riêng. Nhờ quản trị viên gõ \"gán @Tên làm trưởng <tên phòng>\"; trong lúc chờ, gõ \"nhiệm vụ\" để xem cả kế hoạch.";

    public override string DueIn(string? period, string? scope) => WithScope(period is null ? "Việc đến hạn báo cáo" : $"Việc đến hạn báo cáo {period}", scope);

    public override string OverdueIn(string period) => $"Quá hạn chưa báo cáo — {period}";

    public override string YourUnits => "đơn vị của bạn";

    public override string SeveralReadings => "Câu hỏi này có thể hiểu theo nhiều cách. Bạn muốn hỏi:";

    public override string ReadButNot(string read, QuestionSlot slot, string words) =>
        $"PciBot hiểu bạn hỏi \"{read}\" nhưng chưa đọc được {(slot == QuestionSlot.Period ? "kỳ" : "đơn vị")} \"{words}\", nên chưa trả lời để khỏi trả lời nhầm.";

    public override string TryOneOf => "Bạn có thể hỏi:";

    public override string OverdueTitle(string previousQuarter, string currentQuarter) => $"Quá hạn chưa báo cáo — {previousQuarter} và {currentQuarter}";

    public override string CurrentScope => "Tình trạng kỳ báo cáo hiện tại của từng nhiệm vụ.";

    public override string EarlierOverdue(int lines, int tasks, string question) =>
        $"Còn {lines} dòng quá hạn của kỳ trước ({tasks} nhiệm vụ): gõ \"{question}\" để xem.";

    public override string OverdueQuestion(string? unit) => unit is null ? "việc nào quá hạn" : $"việc quá hạn của {unit}";

    public override string LineCount(string status, int lines, int tasks) => $"{status}: {lines} dòng ({tasks} nhiệm vụ)";

    public override string OverdueUnits(string units) => $"quá hạn: {units}";

    public override string StillOverdue => "Còn quá hạn từ kỳ trước";

    public override string NotReportedTitle(string period) => $"Chưa báo cáo — {period}";

    public override string NotReportedOnlyOffice => "Chỉ Văn phòng Sở và quản trị viên xem được các đơn vị chưa báo cáo. Gõ \"việc của tôi\" để xem việc của đơn vị bạn.";

    public override string EveryoneReported => "Tất cả các đơn vị đã báo cáo.";

    public override string TasksOf(string what) => $"Nhiệm vụ — {what}";

    public override string UpdateButton => "Cập nhật";

    public override string MoreButton(int remaining) => $"Xem thêm ({remaining})";

    public override string PageLabel(int page, int pages) => $"Trang {page}/{pages}";

    protected override string DidYouMean(string quoted) => $"Có phải bạn muốn hỏi: {quoted}?";

    public override string ReportedCount(int reported, int total) => $"{reported}/{total} đơn vị đã báo cáo";

    public override string NothingToReport => "không có kỳ báo cáo";

    public override string ThisPeriod => "Tình trạng kỳ này";

    public override IReadOnlyList<HelpTopic> Help { get; } =
    [
        new(HelpAudience.Everyone, "nhiệm vụ", "Tất cả nhiệm vụ của kế hoạch, theo chỉ số"),
        new(HelpAudience.Everyone, "nhiệm vụ A.III, nhiệm vụ PGI", "Nhiệm vụ của một chỉ số (A.I–A.VIII, B.I–B.II) hoặc nhóm PCI, PGI"),
        new(HelpAudience.Everyone, "nhiệm vụ 19, PGI 2", "Chi tiết một nhiệm vụ"),
        new(HelpAudience.Everyone, "nhiệm vụ 19 thế nào", "Chi tiết và tình trạng nhiệm vụ 19"),
        new(HelpAudience.Everyone, "việc đến hạn quý này", "Việc có hạn báo cáo trong quý, kèm tình trạng"),
        new(HelpAudience.Everyone, "quý sau, tháng 12, quý IV/2023", "Việc đến hạn trong một kỳ khác"),
        new(HelpAudience.Everyone, "việc nào quá hạn", "Việc đã qua hạn mà chưa báo cáo"),
        new(HelpAudience.Everyone, "việc của Phòng TTBCXB", "Việc một phòng, đơn vị chủ trì hoặc phối hợp"),
        new(HelpAudience.Everyone, "chỉ số minh bạch, PCI chi phí thời gian", "Việc của một chỉ số, gọi theo tên"),
        new(HelpAudience.UnitMember, "việc của tôi", "Việc của đơn vị bạn phụ trách, kèm tình trạng kỳ này"),
        new(HelpAudience.Office, "ai chưa báo cáo quý này", "Đơn vị chưa báo cáo trong quý"),
    ];
}
