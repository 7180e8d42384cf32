using PciBot.Messaging;

namespace PciBot.Conversations;

internal static class ConversationsFeature
{
    public static IHostApplicationBuilder AddConversations(this IHostApplicationBuilder builder)
    {
        builder.Services.AddActivityObserver<ConversationStore>();
        builder.Services.AddSingleton<StoredConversations>();
        return builder;
    }
}
