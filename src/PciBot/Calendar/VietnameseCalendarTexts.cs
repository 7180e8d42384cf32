using PciBot.Localization;

namespace PciBot.Calendar;

internal sealed class VietnameseCalendarTexts : CalendarTexts
{
    public override string PeriodLabel(ReportingPeriod period) => period.LabelVi;

    public override string DeadlineLabel(DateOnly deadline) => $"hạn {BotTexts.Date(deadline)}";
}
