using PciBot.Localization;

namespace PciBot.Calendar;

internal sealed class EnglishCalendarTexts : CalendarTexts
{
    public override string PeriodLabel(ReportingPeriod period) => period.LabelEn;

    public override string DeadlineLabel(DateOnly deadline) => $"due {BotTexts.Date(deadline)}";
}
