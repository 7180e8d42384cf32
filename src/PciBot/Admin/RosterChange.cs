using PciBot.People;

namespace PciBot.Admin;

/// <summary>One role a roster gives, changes or takes away: for a unit (head or delegate), or Office staff or admin.</summary>
internal sealed record RosterChange(string AadObjectId, string Name, string? UnitCode, string? UnitName, PersonRole Role, PersonRole? Before);
