namespace PciBot.Rollups;

/// <summary>A coordinating unit's latest contribution to a task in the period.</summary>
internal sealed record RollupContribution(string UnitName, int? PercentDone, string? Result, string? Obstacles, DateTimeOffset SubmittedAt);
