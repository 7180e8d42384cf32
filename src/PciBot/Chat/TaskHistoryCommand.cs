using PciBot.Registry;

namespace PciBot.Chat;

/// <summary>Show every progress update of a task.</summary>
internal sealed record TaskHistoryCommand(TaskKey Task) : ChatCommand;
