namespace PciBot.Updates;

/// <summary>A checked update, ready to store.</summary>
internal sealed record ProgressValues(ProgressStatus Status, int? PercentDone, string? Result, string? Obstacles, string? EvidenceUrl);
