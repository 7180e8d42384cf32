using PciBot.BotFramework.Hosting;
using PciBot.BotFramework.Schema;
using PciBot.Conversations;
using PciBot.People;

namespace PciBot.Messaging;

/// <summary>The host's entry point for every authenticated activity.</summary>
internal sealed class BotActivityHandler(ConversationStore conversations, PersonDirectory people, IncomingQueue queue, InvokeRouter invokes) : IActivityHandler
{
    public async Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken ct)
    {
        await conversations.RecordAsync(activity, ct);
        await people.NoteAsync(activity.From, activity.Conversation?.TenantId ?? activity.ChannelData?.Tenant?.Id, ct);

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
