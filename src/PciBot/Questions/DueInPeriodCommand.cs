using PciBot.Calendar;
using PciBot.Kit;

namespace PciBot.Questions;

/// <summary>"việc đến hạn tháng 12", "what's due in Q4 2023": cut-offs in a period, optionally of one unit.</summary>
internal sealed record DueInPeriodCommand(PeriodRef Period, string? UnitCode = null) : ChatCommand;
