using System.ComponentModel.DataAnnotations;

namespace PciBot.Data;

/// <summary>Where PciBot keeps its data.</summary>
internal sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary><see cref="DatabaseProvider.Sqlite"/> (the default) or <see cref="DatabaseProvider.Postgres"/>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Path of the SQLite file, relative to the content root unless absolute. Its folder is created at start.</summary>
    [Required]
    public string SqlitePath { get; set; } = "data/pcibot.db";

    /// <summary>Milliseconds a connection waits for a lock held by another writer before failing.</summary>
    [Range(0, 120_000)]
    public int BusyTimeoutMilliseconds { get; set; } = 5_000;

    /// <summary>Npgsql connection string, required with <see cref="DatabaseProvider.Postgres"/>; give it from the environment, as it holds a password.</summary>
    public string? PostgresConnectionString { get; set; }
}
