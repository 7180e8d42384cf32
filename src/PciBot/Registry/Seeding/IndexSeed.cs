namespace PciBot.Registry.Seeding;

internal sealed record IndexSeed(string Code, IndexFamily Family, int Order, string Name, decimal? WeightPercent, decimal? TargetScore, string? TargetText);
