using PciBot.Kit;
using PciBot.Registry;

namespace PciBot.Questions;

internal sealed record ShowTaskCommand(TaskKey Task) : ChatCommand;
