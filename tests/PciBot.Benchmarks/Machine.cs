using System.Globalization;
using System.Runtime.InteropServices;

namespace PciBot.Benchmarks;

/// <summary>What the figures were measured on.</summary>
internal static class Machine
{
    public static string Describe()
    {
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
        var load = File.Exists("/proc/loadavg") ? $", load average {string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3))}" : "";
        return string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessorCount} cores, {memory:F1} GiB memory, {RuntimeInformation.OSDescription}, .NET {Environment.Version}{load}");
    }

    public static string MiB(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):F0} MiB");
}
