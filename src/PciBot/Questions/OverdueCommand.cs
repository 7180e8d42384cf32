using PciBot.Calendar;
using PciBot.Kit;

namespace PciBot.Questions;

/// <summary>
/// "việc nào quá hạn", "what is overdue": cut-offs passed without a report within the question's scope, in the
/// overdue window, or in <see cref="Period"/> when the question names one ("việc quá hạn quý 3").
/// </summary>
internal sealed record OverdueCommand(QuestionScope Scope, PeriodRef? Period = null) : ChatCommand;
