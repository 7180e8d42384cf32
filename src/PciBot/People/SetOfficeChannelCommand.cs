using PciBot.Chat;

namespace PciBot.People;

internal sealed record SetOfficeChannelCommand : ChatCommand;
