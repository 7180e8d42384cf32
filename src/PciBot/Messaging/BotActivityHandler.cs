using PciBot.BotFramework.Connector;
using PciBot.BotFramework.Hosting;
using PciBot.BotFramework.Schema;
using PciBot.Telemetry;

namespace PciBot.Messaging;

/// <summary>The host's entry point for every authenticated activity.</summary>
internal sealed class BotActivityHandler(IEnumerable<IActivityObserver> observers, IncomingQueue queue, InvokeRouter invokes, ChatLimiter limiter, IIncomingStore store, PciBotMetrics metrics, [FromKeyedServices(ConnectorOptions.ClockKey)] TimeProvider clock, ILogger<BotActivityHandler> logger) : IActivityHandler
{
    public async Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken ct)
    {
        metrics.Received(KnownType(activity.Type));
        foreach (var observer in observers)
        {
            await observer.ObserveAsync(activity, ct);
        }

        switch (activity.Type)
        {
            case ActivityTypes.Message:
                await AcceptMessageAsync(activity, ct);
                return null;
            case ActivityTypes.InstallationUpdate when string.Equals(activity.Action, InstallationUpdateActions.Add, StringComparison.OrdinalIgnoreCase):
                await AcceptAsync(new IncomingWork(activity, Welcome: true), ct);
                return null;
            case ActivityTypes.Invoke:
                return await invokes.HandleAsync(activity, ct);
            default:
                return null;
        }
    }

    /// <summary>Card submits are updates and always accepted; typed messages count against the sender's limit.</summary>
    private async Task AcceptMessageAsync(Activity activity, CancellationToken ct)
    {
        var allowance = CardActionInput.FromSubmit(activity) is null && (activity.From?.AadObjectId ?? activity.From?.Id) is { Length: > 0 } person
            ? limiter.Take(person)
            : ChatAllowance.Answer;
        switch (allowance)
        {
            case ChatAllowance.Answer:
                await AcceptAsync(new IncomingWork(activity), ct);
                break;
            case ChatAllowance.SlowDown:
                MessagingLog.Flooding(logger, activity.Conversation?.Id);
                await AcceptAsync(new IncomingWork(activity, SlowDown: true), ct);
                break;
            default:
                MessagingLog.FloodDropped(logger, activity.Conversation?.Id);
                break;
        }
    }

    /// <summary>Stored before the 200, then queued here; a redelivery of a stored activity is acknowledged and not queued again.</summary>
    private async Task AcceptAsync(IncomingWork work, CancellationToken ct)
    {
        work = work with { AcceptedAt = clock.GetTimestamp(), TraceParent = PciBotTracing.Current };
        if (await store.AcceptAsync(work, ct) is not { } stored)
        {
            MessagingLog.Redelivered(logger, work.Activity.Conversation?.Id);
            return;
        }

        try
        {
            await queue.EnqueueAsync(stored, ct);
        }
        catch (OperationCanceledException)
        {
            await store.ReleaseAsync(stored);
            throw;
        }
    }

    /// <summary>The activity type as a metric tag: the types Teams sends, anything else "other", so a client cannot add tag values.</summary>
    private static string KnownType(string? type) => type switch
    {
        ActivityTypes.Message or ActivityTypes.Invoke or ActivityTypes.InstallationUpdate or ActivityTypes.ConversationUpdate
            or ActivityTypes.MessageReaction or ActivityTypes.MessageUpdate or ActivityTypes.MessageDelete or ActivityTypes.Typing or ActivityTypes.Event => type,
        _ => "other",
    };
}
