using PciBot.Kit;
using PciBot.Registry;

namespace PciBot.Admin;

/// <summary>An admin command; every one is refused to anyone who is not an admin.</summary>
internal abstract record AdminCommand : ChatCommand;

internal sealed record ListSchedulesCommand : AdminCommand;

internal sealed record EditScheduleCommand(string Key) : AdminCommand;

internal sealed record HolidaysCommand(int? Year) : AdminCommand;

internal sealed record AuditCommand : AdminCommand;

internal sealed record ImportPlanHelpCommand : AdminCommand;

internal sealed record RolloverCommand(int? Year) : AdminCommand;

internal sealed record ConditionMetCommand(TaskKey Task) : AdminCommand;
