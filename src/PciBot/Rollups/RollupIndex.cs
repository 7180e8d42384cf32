using PciBot.Registry;

namespace PciBot.Rollups;

internal sealed record RollupIndex(string Code, string Name, IndexFamily Family, decimal? WeightPercent, decimal? TargetScore, string? TargetText, IReadOnlyList<RollupTask> Tasks);
