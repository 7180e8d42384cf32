using PciBot.People;

namespace PciBot.Admin;

/// <summary>What a roster preview keeps until it is applied: the matched rows, and the units whose roles stay as they are because a row naming them could not be matched.</summary>
internal sealed record RosterContent(IReadOnlyList<RosterEntry> Entries, IReadOnlyList<string> KeptUnits);
