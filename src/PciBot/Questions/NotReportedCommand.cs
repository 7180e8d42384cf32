using PciBot.Calendar;
using PciBot.Kit;

namespace PciBot.Questions;

/// <summary>"ai chưa báo cáo quý này": the units that owe a report in a period (Office staff and admins), within the question's scope.</summary>
internal sealed record NotReportedCommand(PeriodRef Period, QuestionScope Scope) : ChatCommand;
