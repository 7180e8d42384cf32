using PciBot.Status;

namespace PciBot.Digests;

/// <summary>How many of a unit's lines are in each status.</summary>
internal sealed record DigestCount(int UnitId, string UnitName, IReadOnlyDictionary<ReportStatus, int> Counts);
