namespace PciBot.Digests;

/// <summary>A unit with lines due or overdue and not reported, and the heads the Office may nudge (overdue only).</summary>
internal sealed record DigestLateUnit(int UnitId, string UnitName, IReadOnlyList<DigestDueLine> Due, IReadOnlyList<DigestDueLine> Overdue, IReadOnlyList<DigestPerson> Heads);
