namespace PciBot.Schedules;

/// <summary>How long Quartz waits before it tries its store again after the database refused it; Quartz's own defaults when empty.</summary>
internal sealed class StoreRetries
{
    public const string SectionName = "Quartz:JobStore";

    public TimeSpan? DbRetryInterval { get; set; }

    public TimeSpan? TransientRetryInterval { get; set; }
}
