using PciBot.BotFramework.Hosting;
using PciBot.BotFramework.Schema;

namespace PciBot.Messaging;

/// <summary>The host's entry point for every authenticated activity.</summary>
internal sealed class BotActivityHandler(IEnumerable<IActivityObserver> observers, IncomingQueue queue, InvokeRouter invokes) : IActivityHandler
{
    public async Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken ct)
    {
        foreach (var observer in observers)
        {
            await observer.ObserveAsync(activity, ct);
        }

        switch (activity.Type)
        {
            case ActivityTypes.Message:
                await queue.EnqueueAsync(new IncomingWork(activity), ct);
                return null;
            case ActivityTypes.InstallationUpdate when string.Equals(activity.Action, InstallationUpdateActions.Add, StringComparison.OrdinalIgnoreCase):
                await queue.EnqueueAsync(new IncomingWork(activity, Welcome: true), ct);
                return null;
            case ActivityTypes.Invoke:
                return await invokes.HandleAsync(activity, ct);
            default:
                return null;
        }
    }
}
