using PciBot.Updates;

namespace PciBot.Status;

/// <summary>The latest update of a line, as much of it as a status needs; <paramref name="Sequence"/> orders a line's updates.</summary>
internal sealed record LatestReport(ProgressStatus Status, int? PercentDone, DateTimeOffset SubmittedAt, int Sequence = 0);
