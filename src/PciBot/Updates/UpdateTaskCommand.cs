using PciBot.Kit;
using PciBot.Registry;

namespace PciBot.Updates;

/// <summary>Open the update card of a task for the current reporting period.</summary>
internal sealed record UpdateTaskCommand(TaskKey Task) : ChatCommand;
