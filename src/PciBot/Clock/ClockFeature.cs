using Microsoft.Extensions.Options;

namespace PciBot.Clock;

internal static class ClockFeature
{
    /// <summary>The one TimeProvider of the app: the real clock, or in Development a shifted one for demos.</summary>
    public static IHostApplicationBuilder AddClock(this IHostApplicationBuilder builder)
    {
        var environment = builder.Environment;
        builder.Services.AddOptions<ClockOptions>()
            .BindConfiguration(ClockOptions.SectionName)
            .Validate(o => !o.IsShifted || environment.IsDevelopment(), "Clock:StartAt and Clock:Speed shift the bot's clock and are only allowed in the Development environment.")
            .Validate(o => o.Speed is >= 1 and <= 100_000, "Clock:Speed must be between 1 and 100000.")
            .ValidateOnStart();
        builder.Services.AddSingleton<TimeProvider>(services =>
        {
            var options = services.GetRequiredService<IOptions<ClockOptions>>().Value;
            if (!options.IsShifted || !environment.IsDevelopment())
            {
                return TimeProvider.System;
            }

            // The demo clock stands at StartAt until the bot has started, however long the start takes.
            var clock = new ShiftedTimeProvider(TimeProvider.System, options.StartAt, options.Speed, startNow: false);
            var lifetime = services.GetRequiredService<IHostApplicationLifetime>();
            lifetime.ApplicationStarted.Register(() =>
            {
                clock.Start();
                ClockLog.Shifted(services.GetRequiredService<ILoggerFactory>().CreateLogger("PciBot.Clock"), clock.GetUtcNow(), options.Speed);
            });
            return clock;
        });
        return builder;
    }
}
