namespace PciBot.Benchmarks;

/// <summary>What one run delivered, in how long, and how often it was throttled.</summary>
internal sealed record RunFigures(int Sent, TimeSpan Elapsed, int Throttled)
{
    public double PerSecond => Sent / Elapsed.TotalSeconds;

    /// <summary>Calls that reached the connector (opening chats, retries), when counted.</summary>
    public int? Calls { get; init; }

    /// <summary>Processor time the whole process used meanwhile (host and fake connector), when measured.</summary>
    public TimeSpan? Cpu { get; init; }
}
