using PciBot.Localization;

namespace PciBot.Schedules;

internal sealed class EnglishScheduleTexts : ScheduleTexts
{
    public override string RollupTitle(string period) => $"Roll-up of {period}";

    public override string RollupIntro(int tasks, DateOnly cutOff) => $"Today ({BotTexts.Date(cutOff)}) is the cut-off. Please roll up and assess the results of the plan's {EnglishTexts.Count(tasks, "task")}.";

    public override string YearEndTitle(int year) => $"Year {year} report";

    public override string YearEndIntro(string reportTo, DateOnly deadline) => $"The Office drafts the report on the plan's results for {reportTo}, due before {BotTexts.Date(deadline)}.";
}
