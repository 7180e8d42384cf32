using PciBot.Admin;
using PciBot.BotFramework.Connector;
using PciBot.BotFramework.Schema;
using PciBot.Chat;
using PciBot.Digests;
using PciBot.Questions;
using PciBot.Updates;

namespace PciBot.Messaging;

/// <summary>Works through acknowledged messages and posts the answers through the Connector.</summary>
internal sealed class MessageProcessor(IncomingQueue queue, IServiceScopeFactory scopes, IConnectorClient connector, ILogger<MessageProcessor> logger) : BackgroundService
{
    /// <summary>How many messages are worked on at once, each from a different conversation.</summary>
    public const int Workers = 4;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => Task.Run(() => WorkAsync(stoppingToken), CancellationToken.None)));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        while (true)
        {
            var work = await queue.TakeAsync(stoppingToken);
            try
            {
                await ProcessAsync(work, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                MessagingLog.AnswerFailed(logger, e, work.Activity.Type, work.Activity.Conversation?.Id);
            }
            finally
            {
                queue.Done(work);
            }
        }
    }

    private async Task ProcessAsync(IncomingWork work, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var responder = scope.ServiceProvider.GetRequiredService<ChatResponder>();
        var incoming = work.Activity;
        if (!work.Welcome && CardActionRequest.FromSubmit(incoming) is { } submitted)
        {
            await scope.ServiceProvider.GetRequiredService<CardSubmitFallback>().HandleAsync(incoming, submitted, ct);
            return;
        }

        if (!work.Welcome && AdminActionRequest.FromSubmit(incoming) is { } adminSubmit)
        {
            var card = await scope.ServiceProvider.GetRequiredService<AdminActions>().HandleAsync(adminSubmit, ct);
            var answer = incoming.CreateReply();
            answer.Attachments = [card.ToAttachment()];
            await connector.SendToConversationAsync(incoming.ServiceUrl!, incoming.Conversation!.Id!, answer, ct);
            return;
        }

        Activity? reply;
        if (!work.Welcome && QuestionPages.FromSubmit(incoming) is { } more)
        {
            var page = await scope.ServiceProvider.GetRequiredService<QuestionPages>().PageAsync(incoming, more.Question, more.Page, ct);
            reply = incoming.CreateReply();
            reply.Attachments = [page.ToAttachment()];
        }
        else if (!work.Welcome && OfficeActionRequest.FromSubmit(incoming) is { } office)
        {
            reply = await scope.ServiceProvider.GetRequiredService<OfficeActions>().HandleAsync(incoming, office, ct);
        }
        else
        {
            reply = work.Welcome ? ChatResponder.Welcome(incoming) : await responder.RespondAsync(incoming, ct);
        }

        if (reply is null)
        {
            return;
        }

        var conversationId = incoming.Conversation!.Id!;
        var response = incoming.Id is { Length: > 0 } replyTo && !work.Welcome
            ? await connector.ReplyToActivityAsync(incoming.ServiceUrl!, conversationId, replyTo, reply, ct)
            : await connector.SendToConversationAsync(incoming.ServiceUrl!, conversationId, reply, ct);
        MessagingLog.Answered(logger, incoming.Conversation.ConversationType, response.Id);
    }
}
