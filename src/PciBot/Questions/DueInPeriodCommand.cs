using PciBot.Calendar;
using PciBot.Kit;

namespace PciBot.Questions;

/// <summary>"việc đến hạn tháng 12", "what's due in Q4 2023": the cut-offs in a period, within the question's scope.</summary>
internal sealed record DueInPeriodCommand(PeriodRef Period, QuestionScope Scope) : ChatCommand
{
    public static DueInPeriodCommand ThisQuarter { get; } = new(PeriodRef.ThisQuarter, QuestionScope.All);
}
