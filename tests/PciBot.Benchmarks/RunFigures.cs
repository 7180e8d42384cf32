namespace PciBot.Benchmarks;

/// <summary>What one run delivered, in how long, and how often it was throttled.</summary>
internal sealed record RunFigures(int Sent, TimeSpan Elapsed, int Throttled)
{
    public double PerSecond => Sent / Elapsed.TotalSeconds;
}
