using PciBot.Audience;
using PciBot.Calendar;
using PciBot.Rollups;
using PciBot.Status;

namespace PciBot.Digests;

/// <summary>
/// What the Office reads on a digest: counts by status per unit and per index, who has not reported (and the heads to
/// nudge), what was raised since the previous digest, what is overdue, and how many units would receive a reminder now.
/// </summary>
internal sealed record Digest(
    ReportingPeriod Quarter,
    DateOnly AsOf,
    DateTimeOffset Since,
    IReadOnlyList<DigestCount> ByUnit,
    IReadOnlyList<DigestIndexCount> ByIndex,
    IReadOnlyList<DigestLateUnit> NotReported,
    IReadOnlyList<DigestObstacle> NewObstacles,
    IReadOnlyList<DigestExtension> NewExtensions,
    IReadOnlyList<DigestOverdue> Overdue,
    ReadinessReport? Readiness = null)
{
    public static IReadOnlyDictionary<ReportStatus, int> Count(IEnumerable<RollupLine> lines) =>
        lines.GroupBy(l => l.Status).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count());
}
