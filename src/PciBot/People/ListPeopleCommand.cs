using PciBot.Chat;

namespace PciBot.People;

internal sealed record ListPeopleCommand : ChatCommand;
