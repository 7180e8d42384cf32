using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using Npgsql;

namespace PciBot.Data;

internal static class DataFeature
{
    /// <summary>Contexts kept for reuse; more are made when needed. Enough for the message workers, the dispatcher and requests at once.</summary>
    private const int PooledContexts = 64;

    public static IHostApplicationBuilder AddData(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>();
        builder.Services.AddSingleton<BatchWriter>();
        builder.Services.AddSingleton<IInterceptor, SqliteConnectionSettings>();

        // Pooled: the options are built once, and a request's context is a reset one, not a new one with its own set-up.
        var contentRoot = builder.Environment.ContentRootPath;
        if (Options(builder.Configuration).Provider == DatabaseProvider.Postgres)
        {
            // Registered as PciBotDbContext too: every feature asks for that; only migrations see the difference.
            builder.Services.AddDbContextPool<PciBotDbContext, PostgresPciBotDbContext>((services, options) =>
                options.UseNpgsql(services.GetRequiredService<IOptions<DatabaseOptions>>().Value.PostgresConnectionString)
                    .AddInterceptors(services.GetServices<IInterceptor>()),
                PooledContexts);
        }
        else
        {
            builder.Services.AddDbContextPool<PciBotDbContext>((services, options) =>
            {
                var database = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
                options.UseSqlite(SqliteConnectionString(contentRoot, database))
                    .AddInterceptors(services.GetServices<IInterceptor>());
            },
            PooledContexts);
        }

        builder.Services.AddHostedService<DatabaseInitializer>();
        return builder;
    }

    /// <summary>The database settings as configured, for what must be decided while the services are being registered.</summary>
    public static DatabaseOptions Options(IConfiguration configuration) =>
        configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();

    public static string SqliteFilePath(string contentRoot, DatabaseOptions options) =>
        Path.GetFullPath(Path.Combine(contentRoot, options.SqlitePath));

    public static string SqliteConnectionString(string contentRoot, DatabaseOptions options) =>
        new SqliteConnectionStringBuilder
        {
            DataSource = SqliteFilePath(contentRoot, options),
            DefaultTimeout = Math.Max(1, options.BusyTimeoutMilliseconds / 1000),
            Pooling = true,
        }.ToString();

    /// <summary>Where the data is, for logs: the file, or the server and database without credentials.</summary>
    public static string Describe(string contentRoot, DatabaseOptions options)
    {
        if (options.Provider != DatabaseProvider.Postgres)
        {
            return SqliteFilePath(contentRoot, options);
        }

        var postgres = new NpgsqlConnectionStringBuilder(options.PostgresConnectionString);
        return $"postgres://{postgres.Host}:{postgres.Port}/{postgres.Database}";
    }
}
