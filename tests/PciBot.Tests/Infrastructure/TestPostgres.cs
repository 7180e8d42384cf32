using Npgsql;

namespace PciBot.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server the tests may use: its connection string is in <c>PCIBOT_TEST_POSTGRES</c> (<c>.ci/start-postgres</c>
/// starts a server on loopback and prints one). Each test gets a database of its own, dropped afterwards.
/// </summary>
internal sealed class TestPostgres : IAsyncDisposable
{
    public const string Variable = "PCIBOT_TEST_POSTGRES";

    private TestPostgres(string connectionString, string name)
    {
        ConnectionString = connectionString;
        Name = name;
    }

    public string ConnectionString { get; }

    public string Name { get; }

    /// <summary>Why the PostgreSQL tests cannot run here, or null. On CI a server is always expected: there they run, and fail without one.</summary>
    public static string? SkipReason =>
        !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)) || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
            ? null
            : $"No PostgreSQL server configured: set {Variable} to a connection string (`.ci/start-postgres` starts a server and prints one).";

    /// <summary>A new, empty database on the configured server.</summary>
    public static async Task<TestPostgres> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable(Variable)
            ?? throw new InvalidOperationException($"{Variable} is not set: run `.ci/start-postgres` and export what it prints.");
        var name = $"pcibot_t_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new TestPostgres(new NpgsqlConnectionStringBuilder(server) { Database = name, Options = "-c synchronous_commit=off" }.ConnectionString, name);
    }

    /// <summary>The settings that put a host on this database.</summary>
    public Dictionary<string, string?> Settings(IDictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["Database:PostgresConnectionString"] = ConnectionString,
        };
        foreach (var (key, value) in more ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// Drops the database. An autovacuum worker may be inside it: PostgreSQL 15 refuses to end that worker for a role
    /// without <c>pg_signal_backend</c> (<c>.ci/start-postgres</c> grants it), and the drop is tried again a few times
    /// for servers set up otherwise.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable(Variable));
                await connection.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
                await drop.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException e) when (attempt < 10 && e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt));
            }
        }
    }
}
