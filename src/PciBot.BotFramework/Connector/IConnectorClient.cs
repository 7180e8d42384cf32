using PciBot.BotFramework.Schema;

namespace PciBot.BotFramework.Connector;

/// <summary>
/// The Bot Connector REST API (v3) of the channel service. Calls go to the <c>serviceUrl</c> of the conversation,
/// carry the bot's token and are retried on throttling and transient failures. An HTTP error answer that is not
/// retried, or still fails after the retries, throws <see cref="ConnectorException"/>; a transport failure throws
/// <see cref="HttpRequestException"/>, and running out of time throws <c>Polly.Timeout.TimeoutRejectedException</c>.
/// </summary>
public interface IConnectorClient
{
    /// <summary>Posts <paramref name="activity"/> to the conversation (in a Teams channel: a new thread).</summary>
    Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken ct);

    /// <summary>Posts <paramref name="activity"/> as a reply to <paramref name="activityId"/> (in a Teams channel: into its thread).</summary>
    Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct);

    /// <summary>Replaces the activity <paramref name="activityId"/>, e.g. to update a card.</summary>
    Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct);

    /// <summary>Creates a conversation, e.g. a 1:1 chat with a user for proactive messages.</summary>
    Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken ct);

    /// <summary>
    /// Reads one member of the conversation. In a team (<paramref name="conversationId"/> the team's id),
    /// <paramref name="memberId"/> may be a user principal name: that is how a person is found by their sign-in name.
    /// A person who is not a member is answered 404.
    /// </summary>
    Task<ChannelAccount> GetMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken ct);
}
