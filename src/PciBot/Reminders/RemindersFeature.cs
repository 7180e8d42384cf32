using Microsoft.Extensions.Options;
using PciBot.BotFramework.Connector;
using PciBot.Outbox;

namespace PciBot.Reminders;

internal static class RemindersFeature
{
    public static IHostApplicationBuilder AddReminders(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DispatchOptions>()
            .BindConfiguration(DispatchOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<DispatchOptions>, DispatchOptionsValidator>();
        builder.Services.AddSingleton(services => new RateLimitClock(services.GetRequiredKeyedService<TimeProvider>(ConnectorOptions.ClockKey)));
        builder.Services.AddSingleton(services => new SendRateLimiter(
            services.GetRequiredService<IOptions<DispatchOptions>>().Value,
            services.GetRequiredService<RateLimitClock>().Time));
        builder.Services.AddSingleton<DispatchSignal>();
        builder.Services.AddSingleton<OutboxWriter>();
        builder.Services.AddScoped<RecipientResolver>();
        builder.Services.AddScoped<ReminderMessages>();
        builder.Services.AddScoped<OutboxSender>();
        builder.Services.AddSingleton<OutboxDispatcher>();
        builder.Services.AddHostedService(services => services.GetRequiredService<OutboxDispatcher>());
        return builder;
    }
}
