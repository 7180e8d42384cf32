using PciBot.Kit;

namespace PciBot.Questions;

internal sealed record UnknownCommand(string Text) : ChatCommand;
