using PciBot.Kit;

namespace PciBot.Questions;

/// <summary>"việc đến hạn quý này": the tasks with a reporting cut-off in the current reporting quarter.</summary>
internal sealed record DueThisQuarterCommand : ChatCommand;
