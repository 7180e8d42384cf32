using PciBot.Localization;

namespace PciBot.Schedules;

internal sealed class VietnameseScheduleTexts : ScheduleTexts
{
    public override string RollupTitle(string period) => $"Tổng hợp kết quả {period}";

    public override string RollupIntro(int tasks, DateOnly cutOff) => $"Hôm nay ({BotTexts.Date(cutOff)}) là hạn chốt số liệu. Đề nghị Văn phòng tổng hợp, đánh giá kết quả {tasks} nhiệm vụ của Kế hoạch.";

    public override string YearEndTitle(int year) => $"Báo cáo kết quả năm {year}";

    public override string YearEndIntro(string reportTo, DateOnly deadline) => $"Văn phòng tham mưu báo cáo kết quả thực hiện Kế hoạch gửi {reportTo} trước ngày {BotTexts.Date(deadline)}.";
}
