using PciBot.BotFramework.Connector;
using PciBot.BotFramework.Schema;
using PciBot.Localization;
using PciBot.Updates;

namespace PciBot.Messaging;

/// <summary>
/// Clients without Universal Actions press the Action.Submit fallback, which arrives as a message carrying the card
/// data and the card's id in <c>replyToId</c>. It is handled like the invoke, and the card is replaced in place.
/// </summary>
internal sealed class CardSubmitFallback(ProgressActions progress, IConnectorClient connector, ILogger<CardSubmitFallback> logger)
{
    public async Task HandleAsync(Activity incoming, CardActionRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(request);
        var serviceUrl = incoming.ServiceUrl!;
        var conversationId = incoming.Conversation!.Id!;
        CardActionOutcome outcome;
        try
        {
            outcome = await progress.HandleAsync(request, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The card is left untouched, entries and all; the person is told to send again.
            MessagingLog.CardActionFailed(logger, e, request.Verb);
            await ReplyAsync(incoming, incoming.CreateReply(BotTexts.For(incoming.Locale).SaveFailed), ct);
            return;
        }

        // A refusal is for the one who pressed: the card stays as it is for everyone else.
        if (outcome.Result == CardActionResult.Refused || incoming.ReplyToId is not { Length: > 0 } cardActivityId)
        {
            var reply = incoming.CreateReply();
            reply.Attachments = [outcome.Card.ToAttachment()];
            await ReplyAsync(incoming, reply, ct);
            return;
        }

        var response = await CardUpdater.ReplaceAsync(connector, new CardUpdate(serviceUrl, conversationId, cardActivityId, outcome.ForEveryone ?? outcome.Card), ct);
        MessagingLog.CardReplaced(logger, request.Verb, outcome.Result, response.Id ?? cardActivityId);
    }

    private Task<ResourceResponse> ReplyAsync(Activity incoming, Activity reply, CancellationToken ct) =>
        incoming.Id is { Length: > 0 } replyTo
            ? connector.ReplyToActivityAsync(incoming.ServiceUrl!, incoming.Conversation!.Id!, replyTo, reply, ct)
            : connector.SendToConversationAsync(incoming.ServiceUrl!, incoming.Conversation!.Id!, reply, ct);
}
