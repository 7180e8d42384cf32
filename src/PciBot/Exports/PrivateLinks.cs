using PciBot.Audience;
using PciBot.BotFramework.Schema;
using PciBot.Outbox;
using PciBot.People;

namespace PciBot.Exports;

/// <summary>
/// Download links are signed for one person. Asked for in a channel or a group chat, they go to that person's personal
/// chat through the outbox, and the group is only told that they were sent.
/// </summary>
internal sealed class PrivateLinks(OutboxQueue outbox)
{
    /// <summary>One person's download links for a report. Payload: the report's name without extension ("rollup-2023-Q4").</summary>
    public static readonly OutboxKind Kind = new("export-links");

    /// <summary>Only a personal chat is private; a conversation whose type is not given is taken as one, as outside Teams.</summary>
    public static bool IsPrivate(Activity incoming)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        return incoming.Conversation?.ConversationType is null or "personal";
    }

    /// <summary>Queues the links for the person; the same request (the activity that asked) queues them once.</summary>
    public async Task QueueAsync(Person person, string report, string requestId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(person);
        await outbox.QueueAsync(
            [OfficeNotices.Row(Kind, OfficeNotices.ScheduleKey, $"links/{report}/{requestId}", OutboxRecipient.Person(person.Id), $"links:{report}", (null, null), report)],
            ct);
    }
}
