using System.Text.Json;
using PciBot.BotFramework.Cards;
using PciBot.BotFramework.Connector;
using PciBot.BotFramework.Schema;
using PciBot.Localization;
using PciBot.Telemetry;

namespace PciBot.Messaging;

/// <summary>
/// Answers invokes synchronously. An Adaptive Card action goes to the handler registered for its verb and is answered
/// with the card to show the person who pressed; when everyone else in a group conversation should see a new card
/// too, the original message is replaced in the background, after the answer.
/// </summary>
internal sealed class InvokeRouter(
    CardActions actions,
    CardUpdateQueue cardUpdates,
    AnswerLanguage language,
    PciBotMetrics metrics,
    [FromKeyedServices(ConnectorOptions.ClockKey)] TimeProvider clock,
    ILogger<InvokeRouter> logger)
{
    public const string AdaptiveCardAction = "adaptiveCard/action";

    public async Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!string.Equals(activity.Name, AdaptiveCardAction, StringComparison.Ordinal))
        {
            return new InvokeResponse { Status = 200 };
        }

        await language.FollowPersonAsync(activity, ct);
        var texts = BotTexts.For(activity.Locale);
        CardActionInput? action;
        try
        {
            action = CardActionInput.FromInvoke(activity);
        }
        catch (JsonException)
        {
            // A value that is not an Adaptive Card action is the sender's error.
            return Answer(AdaptiveCardInvokeResponse.Error(400, "BadRequest", texts.UnsupportedAction));
        }

        CardActionAnswer? answer;
        var started = clock.GetTimestamp();
        try
        {
            answer = action is null ? null : await actions.RunAsync(action, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // An error answer leaves the card as it is in Teams, so nothing the user entered is lost.
            MessagingLog.CardActionFailed(logger, e, action!.Verb);
            metrics.CardAction(action.Verb, failed: true, clock.GetElapsedTime(started));
            return Answer(AdaptiveCardInvokeResponse.Error(500, "InternalError", texts.SaveFailed));
        }

        // Only verbs a feature registered are named: anything else a client sends is counted as "unknown".
        metrics.CardAction(answer is null ? "unknown" : action!.Verb, failed: false, clock.GetElapsedTime(started));

        if (answer is null)
        {
            return Answer(AdaptiveCardInvokeResponse.Error(400, "NotSupported", texts.UnsupportedAction));
        }

        if (answer.ForEveryone is { } shared
            && activity.ReplyToId is { Length: > 0 } cardActivityId
            && activity.ServiceUrl is { Length: > 0 } serviceUrl
            && activity.Conversation is { Id: { Length: > 0 } conversationId } conversation
            && !string.Equals(conversation.ConversationType, "personal", StringComparison.OrdinalIgnoreCase))
        {
            cardUpdates.Enqueue(new CardUpdate(serviceUrl, conversationId, cardActivityId, shared));
        }

        // An answer meant for beside the card can only be shown in its place here: its first card, or else its words.
        var card = answer.Card ?? answer.Reply?.Attachments?.Select(a => a.Content).OfType<AdaptiveCard>().FirstOrDefault();
        return Answer(card is null ? AdaptiveCardInvokeResponse.Message(answer.Reply?.Text ?? "") : AdaptiveCardInvokeResponse.Card(card));
    }

    private static InvokeResponse Answer(AdaptiveCardInvokeResponse response) => InvokeResponse.ForAdaptiveCardAction(response);
}
