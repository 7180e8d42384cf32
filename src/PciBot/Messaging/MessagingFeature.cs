using PciBot.BotFramework.Hosting;
using PciBot.Chat;

namespace PciBot.Messaging;

internal static class MessagingFeature
{
    public static IHostApplicationBuilder AddMessaging(this IHostApplicationBuilder builder)
    {
        builder.AddBotFramework();
        builder.Services.AddSingleton<IncomingQueue>();
        builder.Services.AddScoped<IActivityHandler, BotActivityHandler>();
        builder.Services.AddScoped<ChatResponder>();
        builder.Services.AddHostedService<MessageProcessor>();
        return builder;
    }

    public static IEndpointRouteBuilder MapMessaging(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapBotMessages("/api/messages");
        return endpoints;
    }
}
