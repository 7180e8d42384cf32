namespace PciBot.Chat;

internal sealed record UnknownCommand(string Text) : ChatCommand;
