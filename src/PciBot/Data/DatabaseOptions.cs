using System.ComponentModel.DataAnnotations;

namespace PciBot.Data;

/// <summary>Where PciBot keeps its data.</summary>
internal sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>Path of the SQLite file, relative to the content root unless absolute. Its folder is created at start.</summary>
    [Required]
    public string SqlitePath { get; set; } = "data/pcibot.db";

    /// <summary>Milliseconds a connection waits for a lock held by another writer before failing.</summary>
    [Range(0, 120_000)]
    public int BusyTimeoutMilliseconds { get; set; } = 5_000;
}
