using PciBot.BotFramework.Connector;
using PciBot.BotFramework.Schema;
using PciBot.Telemetry;

namespace PciBot.Messaging;

/// <summary>Works through acknowledged messages and posts the answers through the Connector.</summary>
internal sealed class MessageProcessor(
    IncomingQueue queue,
    IIncomingStore store,
    IServiceScopeFactory scopes,
    IConnectorClient connector,
    PciBotMetrics metrics,
    [FromKeyedServices(ConnectorOptions.ClockKey)] TimeProvider clock,
    ILogger<MessageProcessor> logger) : BackgroundService
{
    /// <summary>How many messages are worked on at once, each from a different conversation.</summary>
    public const int Workers = 4;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        metrics.WatchIncomingQueue(() => queue.Count);
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
                if (await AnswerAsync(work, stoppingToken))
                {
                    await store.DoneAsync(work);
                }
            }
            catch (Exception e)
            {
                MessagingLog.NotMarkedDone(logger, e, work.Activity.Conversation?.Id);
            }
            finally
            {
                queue.Done(work);
            }
        }
    }

    /// <summary>False when the instance is stopping before the answer was worked out: the message stays stored, for the next start.</summary>
    private async Task<bool> AnswerAsync(IncomingWork work, CancellationToken stoppingToken)
    {
        using var span = PciBotTracing.StartUnder("pcibot.answer", work.TraceParent);
        span?.SetTag("pcibot.activity.type", work.Activity.Type);
        try
        {
            await ProcessAsync(work, stoppingToken);
            metrics.Answered(failed: false, clock.GetElapsedTime(work.AcceptedAt));
            return true;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return false;
        }
        catch (Exception e)
        {
            MessagingLog.AnswerFailed(logger, e, work.Activity.Type, work.Activity.Conversation?.Id);
            metrics.Answered(failed: true, clock.GetElapsedTime(work.AcceptedAt));
            span?.SetStatus(System.Diagnostics.ActivityStatusCode.Error);
            return true;
        }
    }

    private async Task ProcessAsync(IncomingWork work, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var incoming = work.Activity;
        Activity? reply;
        if (work.SlowDown)
        {
            reply = await scope.ServiceProvider.GetRequiredService<ChatResponder>().SlowDownAsync(incoming, ct);
        }
        else if (work.Welcome)
        {
            reply = await scope.ServiceProvider.GetRequiredService<ChatResponder>().WelcomeAsync(incoming, ct);
        }
        else if (CardActionInput.FromSubmit(incoming) is { } action
            && await scope.ServiceProvider.GetRequiredService<CardSubmitFallback>().HandleAsync(incoming, action, ct) is { Handled: true } submitted)
        {
            reply = submitted.Reply;
        }
        else
        {
            reply = await scope.ServiceProvider.GetRequiredService<ChatResponder>().RespondAsync(incoming, ct);
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
