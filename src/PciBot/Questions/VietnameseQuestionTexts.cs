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

    public override string Yours => "của bạn";

    public override string NotAssignedYet => "Bạn chưa được gán vào phòng, đơn vị nào nên chưa có việc riêng. Nhờ quản trị viên gõ \"gán @Tên làm trưởng <tên phòng>\"; trong lúc chờ, gõ \"nhiệm vụ\" để xem cả kế hoạch.";

    public override string DueIn(string period) => $"đến hạn báo cáo {period}";

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

    public override string UpdateCommand(TaskKey key) => $"cập nhật nhiệm vụ {key}";

    public override string IndexCommand(string code) => $"nhiệm vụ {code}";

    protected override string DidYouMean(string quoted) => $"Có phải bạn muốn hỏi: {quoted}?";

    protected override string SeveralIndices(string quoted) => $"Câu hỏi khớp với nhiều chỉ số. Chọn một: {quoted}.";

    public override string ReportedCount(int reported, int total) => $"{reported}/{total} đơn vị đã báo cáo";

    public override string NothingToReport => "không có kỳ báo cáo";

    public override string ThisPeriod => "Tình trạng kỳ này";
}
