using PciBot.Chat;

namespace PciBot.People;

internal sealed record WhoAmICommand : ChatCommand;
