namespace PciBot.Benchmarks;

/// <summary>Request latencies of one load run, and the rate at which they were served.</summary>
internal sealed record Percentiles(int Requests, int Failures, TimeSpan Elapsed, double P50Ms, double P99Ms, double MaxMs)
{
    public double PerSecond => Requests / Elapsed.TotalSeconds;

    public static Percentiles Of(List<double> latenciesMs, int failures, TimeSpan elapsed)
    {
        latenciesMs.Sort();
        return new Percentiles(latenciesMs.Count, failures, elapsed, At(latenciesMs, 0.50), At(latenciesMs, 0.99), latenciesMs.Count == 0 ? 0 : latenciesMs[^1]);
    }

    private static double At(List<double> sorted, double quantile) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Count) - 1, 0, sorted.Count - 1)];
}
