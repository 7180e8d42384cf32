using PciBot.BotFramework.Connector;
using PciBot.BotFramework.Schema;

namespace PciBot.Messaging;

/// <summary>Replaces sent cards through the Connector, one after another, as the queue hands them over.</summary>
internal sealed class CardUpdater(CardUpdateQueue queue, IConnectorClient connector, ILogger<CardUpdater> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var update in queue.ReadAllAsync(stoppingToken))
        {
            try
            {
                await ReplaceAsync(connector, update, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                MessagingLog.CardUpdateFailed(logger, e, update.ConversationId, update.ActivityId);
            }
        }
    }

    /// <summary>PUTs the new card over the message it replaces.</summary>
    public static Task<ResourceResponse> ReplaceAsync(IConnectorClient connector, CardUpdate update, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connector);
        ArgumentNullException.ThrowIfNull(update);
        var activity = Activity.CreateMessage(attachments: [update.Card.ToAttachment()]);
        activity.Id = update.ActivityId;
        return connector.UpdateActivityAsync(update.ServiceUrl, update.ConversationId, update.ActivityId, activity, ct);
    }
}
