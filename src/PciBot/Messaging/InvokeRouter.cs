using System.Text.Json;
using PciBot.Admin;
using PciBot.BotFramework.Schema;
using PciBot.Localization;
using PciBot.Questions;
using PciBot.Updates;

namespace PciBot.Messaging;

/// <summary>
/// Answers invokes synchronously; features add their card actions here. An Adaptive Card action is answered with
/// the card to show the person who pressed; when everyone else in a group conversation should see a new card too,
/// the original message is replaced in the background, after the answer.
/// </summary>
internal sealed class InvokeRouter(ProgressActions progress, QuestionPages pages, IServiceScopeFactory scopes, CardUpdateQueue cardUpdates, ILogger<InvokeRouter> logger)
{
    public const string AdaptiveCardAction = "adaptiveCard/action";

    public async Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!string.Equals(activity.Name, AdaptiveCardAction, StringComparison.Ordinal))
        {
            return new InvokeResponse { Status = 200 };
        }

        var texts = BotTexts.For(activity.Locale);
        try
        {
            _ = activity.GetValue<AdaptiveCardInvokeValue>();
        }
        catch (JsonException)
        {
            return Answer(AdaptiveCardInvokeResponse.Error(400, "BadRequest", texts.UnsupportedAction));
        }

        if (AdminActionRequest.FromInvoke(activity) is { } admin)
        {
            return await AdminAsync(admin, texts, ct);
        }

        if (QuestionPages.FromInvoke(activity) is { } more)
        {
            return Answer(AdaptiveCardInvokeResponse.Card(await pages.PageAsync(activity, more.Question, more.Page, ct)));
        }

        CardActionRequest? request;
        try
        {
            request = CardActionRequest.FromInvoke(activity);
        }
        catch (JsonException)
        {
            return Answer(AdaptiveCardInvokeResponse.Error(400, "BadRequest", texts.UnsupportedAction));
        }

        if (request is null)
        {
            return Answer(AdaptiveCardInvokeResponse.Error(400, "NotSupported", texts.UnsupportedAction));
        }

        CardActionOutcome outcome;
        try
        {
            outcome = await progress.HandleAsync(request, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // An error answer leaves the card as it is in Teams, so nothing the user entered is lost.
            MessagingLog.CardActionFailed(logger, e, request.Verb);
            return Answer(AdaptiveCardInvokeResponse.Error(500, "InternalError", texts.SaveFailed));
        }

        if (outcome.ForEveryone is { } shared
            && activity.ReplyToId is { Length: > 0 } cardActivityId
            && activity.ServiceUrl is { Length: > 0 } serviceUrl
            && activity.Conversation is { Id: { Length: > 0 } conversationId } conversation
            && !string.Equals(conversation.ConversationType, "personal", StringComparison.OrdinalIgnoreCase))
        {
            cardUpdates.Enqueue(new CardUpdate(serviceUrl, conversationId, cardActivityId, shared));
        }

        return Answer(AdaptiveCardInvokeResponse.Card(outcome.Card));
    }

    private async Task<InvokeResponse> AdminAsync(AdminActionRequest request, BotTexts texts, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            return Answer(AdaptiveCardInvokeResponse.Card(await scope.ServiceProvider.GetRequiredService<AdminActions>().HandleAsync(request, ct)));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            MessagingLog.CardActionFailed(logger, e, request.Verb);
            return Answer(AdaptiveCardInvokeResponse.Error(500, "InternalError", texts.SaveFailed));
        }
    }

    private static InvokeResponse Answer(AdaptiveCardInvokeResponse response) => InvokeResponse.ForAdaptiveCardAction(response);
}
