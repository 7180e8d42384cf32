namespace PciBot.Chat;

internal sealed record HelpCommand : ChatCommand;
