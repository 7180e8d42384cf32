using PciBot.BotFramework.Schema;
using PciBot.Kit;

namespace PciBot.People;

/// <summary>"gán @Tên làm trưởng Phòng TTBCXB"; <see cref="UnitCode"/> is null for Office staff and admins.</summary>
internal sealed record AssignRoleCommand(IReadOnlyList<ChannelAccount> People, PersonRole Role, string? UnitCode) : ChatCommand;
