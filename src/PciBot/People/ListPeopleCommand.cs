using PciBot.Kit;

namespace PciBot.People;

internal sealed record ListPeopleCommand : ChatCommand;
