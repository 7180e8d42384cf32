using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace PciBot.Data;

internal static class DataFeature
{
    public static IHostApplicationBuilder AddData(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var contentRoot = builder.Environment.ContentRootPath;
        builder.Services.AddDbContext<PciBotDbContext>((services, options) =>
        {
            var database = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            options.UseSqlite(SqliteConnectionString(contentRoot, database));
        });
        builder.Services.AddHostedService<DatabaseInitializer>();
        return builder;
    }

    public static string SqliteFilePath(string contentRoot, DatabaseOptions options) =>
        Path.GetFullPath(Path.Combine(contentRoot, options.SqlitePath));

    public static string SqliteConnectionString(string contentRoot, DatabaseOptions options) =>
        new SqliteConnectionStringBuilder
        {
            DataSource = SqliteFilePath(contentRoot, options),
            DefaultTimeout = Math.Max(1, options.BusyTimeoutMilliseconds / 1000),
            Pooling = true,
        }.ToString();
}
