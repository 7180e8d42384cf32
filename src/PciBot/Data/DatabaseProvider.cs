namespace PciBot.Data;

/// <summary>Which database PciBot keeps its data and its Quartz schedule in.</summary>
internal enum DatabaseProvider
{
    /// <summary>One SQLite file: a single instance, nothing to install.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database: several instances may share it.</summary>
    Postgres,
}
