using PciBot.Registry;

namespace PciBot.Digests;

/// <summary>A unit with lines due or overdue and not reported, and the heads the Office may nudge (overdue only).</summary>
internal sealed record DigestLateUnit(int UnitId, string UnitName, IReadOnlyList<TaskKey> Due, IReadOnlyList<TaskKey> Overdue, IReadOnlyList<DigestPerson> Heads);
