namespace PciBot.Benchmarks;

/// <summary>
/// What the <c>memory-run</c> child reports: its peak working set after start, over the whole run, by the end of
/// seeding and while sending (-1 where the kernel's mark cannot be reset), with reminders sent, tasks and seconds.
/// </summary>
internal sealed record MemoryFigures(long AfterStart, long Peak, int Sent, int Tasks, double Seconds, long AfterSeeding, long Sending);
