namespace PciBot.Registry;

/// <summary>How often a task is reported, derived from the plan's timeline cell.</summary>
internal enum Cadence
{
    Ongoing,
    Monthly,
    Periodic,
    Deadline,
    Period,
    Annual,
    Conditional,
}
