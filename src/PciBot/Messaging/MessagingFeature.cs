using PciBot.BotFramework.Hosting;

namespace PciBot.Messaging;

internal static class MessagingFeature
{
    public static IHostApplicationBuilder AddMessaging(this IHostApplicationBuilder builder)
    {
        builder.AddBotFramework();
        builder.Services.AddSingleton<IncomingQueue>();
        builder.Services.AddOptions<ChatLimitOptions>()
            .BindConfiguration(ChatLimitOptions.SectionName)
            .Validate(o => o.Burst is >= 1 and <= 1_000_000 && o.PerMinute is >= 1 and <= 1_000_000, "Messaging:ChatLimit:Burst and PerMinute must be between 1 and 1000000.")
            .ValidateOnStart();
        builder.Services.AddSingleton<ChatLimiter>();
        builder.Services.AddScoped<IActivityHandler, BotActivityHandler>();
        builder.Services.AddScoped<ChatParser>();
        builder.Services.AddScoped<ChatResponder>();
        builder.Services.AddScoped<AnswerLanguage>();
        builder.Services.AddChatCommands<HelpGrammar, HelpChat>();
        builder.Services.AddHelpTopics(texts => texts.Messaging.Help);
        builder.Services.AddSingleton<CardActions>();
        builder.Services.AddScoped<InvokeRouter>();
        builder.Services.AddScoped<CardSubmitFallback>();
        builder.Services.AddSingleton<CardUpdateQueue>();
        builder.Services.AddHostedService<MessageProcessor>();
        builder.Services.AddHostedService<CardUpdater>();
        return builder;
    }

    public static IEndpointRouteBuilder MapMessaging(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapBotMessages("/api/messages");
        return endpoints;
    }
}
