using PciBot.Kit;
using PciBot.Registry;

namespace PciBot.Updates;

/// <summary>Show every progress update of a task.</summary>
internal sealed record TaskHistoryCommand(TaskKey Task) : ChatCommand;
