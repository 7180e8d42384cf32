using PciBot.Kit;

namespace PciBot.Questions;

/// <summary>"việc nào quá hạn", "what is overdue": cut-offs passed without a report, optionally of one unit.</summary>
internal sealed record OverdueCommand(string? UnitCode = null) : ChatCommand;
