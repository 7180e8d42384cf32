using PciBot.BotFramework.Connector;
using PciBot.BotFramework.Schema;
using PciBot.Localization;

namespace PciBot.Messaging;

/// <summary>
/// Clients without Universal Actions press the Action.Submit fallback, which arrives as a message carrying the card
/// data and the card's id in <c>replyToId</c>. It goes to the same handler as the invoke; the answer comes as a reply,
/// or replaces the card in place when the handler says so.
/// </summary>
internal sealed class CardSubmitFallback(CardActions actions, AnswerLanguage language, IConnectorClient connector, ILogger<CardSubmitFallback> logger)
{
    /// <summary>
    /// Whether a handler took the action, and the reply to send for it: none when the card was replaced. An action no
    /// handler takes is left to be read as a chat message.
    /// </summary>
    public async Task<(bool Handled, Activity? Reply)> HandleAsync(Activity incoming, CardActionInput action, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(action);
        await language.FollowPersonAsync(incoming, ct);
        CardActionAnswer? answer;
        try
        {
            answer = await actions.RunAsync(action, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The card is left untouched, entries and all; the person is told to send again.
            MessagingLog.CardActionFailed(logger, e, action.Verb);
            return (true, incoming.CreateReply(BotTexts.For(incoming.Locale).SaveFailed));
        }

        if (answer is null)
        {
            return (false, null);
        }

        if (answer.Card is not { } card)
        {
            return (true, answer.Reply);
        }

        // A refusal is for the one who pressed: the card stays as it is for everyone else.
        if (!answer.InPlace || incoming.ReplyToId is not { Length: > 0 } cardActivityId)
        {
            var reply = incoming.CreateReply();
            reply.Attachments = [card.ToAttachment()];
            return (true, reply);
        }

        var update = new CardUpdate(incoming.ServiceUrl!, incoming.Conversation!.Id!, cardActivityId, answer.ForEveryone ?? card);
        var response = await CardUpdater.ReplaceAsync(connector, update, ct);
        MessagingLog.CardReplaced(logger, action.Verb, response.Id ?? cardActivityId);
        return (true, null);
    }
}
