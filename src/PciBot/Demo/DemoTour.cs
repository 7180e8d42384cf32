using System.Globalization;

namespace PciBot.Demo;

/// <summary>
/// <c>--demo</c>: the ten-minute tour. A fresh demo database, the clock ten minutes before the Q4/2023 reminders (standing still until the bot has started) and
/// running fast enough that the follow-up, the cut-off and the escalation to the Office come within minutes, and
/// reminders sent to the Playground's connector even before anyone has written.
/// </summary>
internal static class DemoTour
{
    public const string Switch = "--demo";

    public const string DatabasePath = "data/demo.db";

    public const string PlaygroundServiceUrl = "http://localhost:56150/_connector/";

    public static readonly DateTimeOffset StartAt = new(2023, 12, 11, 7, 50, 0, TimeSpan.FromHours(7));

    public const double Speed = 480;

    public static bool IsAsked(string[] args) => args.Contains(Switch, StringComparer.Ordinal);

    public static string[] Without(string[] args) => [.. args.Where(a => a != Switch)];

    /// <summary>The tour's settings over the configured ones; a clock set in the environment (e.g. a slower speed) is kept.</summary>
    public static WebApplicationBuilder AddDemoTour(this WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment())
        {
            throw new InvalidOperationException($"{Switch} runs only in the Development environment (it resets {DatabasePath} and shifts the clock).");
        }

        var configuration = builder.Configuration;
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:SqlitePath"] = DatabasePath,
            ["Dispatch:DefaultServiceUrl"] = PlaygroundServiceUrl,
            ["Clock:StartAt"] = configuration["Clock:StartAt"] ?? StartAt.ToString("O", CultureInfo.InvariantCulture),
            ["Clock:Speed"] = configuration["Clock:Speed"] ?? Speed.ToString(CultureInfo.InvariantCulture),
        };
        configuration.AddInMemoryCollection(settings);
        var database = Path.GetFullPath(Path.Combine(builder.Environment.ContentRootPath, DatabasePath));
        foreach (var file in new[] { database, database + "-wal", database + "-shm" })
        {
            File.Delete(file);
        }

        builder.Services.AddHostedService<DemoTourAnnouncer>();
        return builder;
    }
}
