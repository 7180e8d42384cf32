using PciBot.Kit;

namespace PciBot.Messaging;

internal sealed record HelpCommand : ChatCommand;
