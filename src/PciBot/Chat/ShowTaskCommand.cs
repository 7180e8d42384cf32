using PciBot.Registry;

namespace PciBot.Chat;

internal sealed record ShowTaskCommand(TaskKey Task) : ChatCommand;
