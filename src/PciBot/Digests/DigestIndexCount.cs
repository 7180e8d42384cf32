using PciBot.Status;

namespace PciBot.Digests;

/// <summary>How many lines of an index's tasks are in each status, with the index's weight and target.</summary>
internal sealed record DigestIndexCount(string Code, string Name, decimal? WeightPercent, decimal? TargetScore, string? TargetText, IReadOnlyDictionary<ReportStatus, int> Counts);
