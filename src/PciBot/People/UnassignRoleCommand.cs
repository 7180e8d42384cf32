using PciBot.BotFramework.Schema;
using PciBot.Kit;

namespace PciBot.People;

/// <summary>"bỏ gán @Tên khỏi Phòng TTBCXB"; with neither unit nor role, every role of the person goes.</summary>
internal sealed record UnassignRoleCommand(IReadOnlyList<ChannelAccount> People, PersonRole? Role, string? UnitCode) : ChatCommand;
