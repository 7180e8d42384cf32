using Microsoft.Extensions.DependencyInjection.Extensions;
using PciBot.Localization;

namespace PciBot.Messaging;

/// <summary>How a feature tells Messaging what it understands (its chat grammars and card actions) and what it keeps of each activity.</summary>
internal static class IncomingRegistration
{
    /// <summary>Asks <typeparamref name="TGrammar"/> about each message, and lets <typeparamref name="THandler"/> answer what it recognises.</summary>
    public static IServiceCollection AddChatCommands<TGrammar, THandler>(this IServiceCollection services, ChatPrecedence precedence = ChatPrecedence.Normal)
        where TGrammar : class, IChatGrammar
        where THandler : class, IChatCommandHandler
    {
        services.TryAddScoped<TGrammar>();
        services.TryAddScoped<THandler>();
        services.AddSingleton(new ChatRoute(typeof(TGrammar), typeof(THandler), precedence));
        return services;
    }

    /// <summary>Lets <typeparamref name="THandler"/> answer every card button whose verb starts with <paramref name="verbPrefix"/>.</summary>
    public static IServiceCollection AddCardActions<THandler>(this IServiceCollection services, string verbPrefix)
        where THandler : class, ICardActionHandler
    {
        ArgumentException.ThrowIfNullOrEmpty(verbPrefix);
        services.TryAddScoped<THandler>();
        services.AddSingleton(new CardActionRoute(verbPrefix, typeof(THandler)));
        return services;
    }

    /// <summary>Adds a feature's lines to the help card; each person sees those of their roles.</summary>
    public static IServiceCollection AddHelpTopics(this IServiceCollection services, Func<BotTexts, IReadOnlyList<HelpTopic>> topics)
    {
        ArgumentNullException.ThrowIfNull(topics);
        services.AddSingleton(new HelpTopics(topics));
        return services;
    }

    /// <summary>Shows <typeparamref name="TObserver"/> every authenticated activity before it is answered.</summary>
    public static IServiceCollection AddActivityObserver<TObserver>(this IServiceCollection services)
        where TObserver : class, IActivityObserver
    {
        services.TryAddScoped<TObserver>();
        services.AddScoped<IActivityObserver>(provider => provider.GetRequiredService<TObserver>());
        return services;
    }
}
