using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PciBot.Audience;
using PciBot.Conversations;
using PciBot.Data;
using PciBot.Outbox;
using PciBot.People;

namespace PciBot.Reminders;

/// <summary>
/// Tells the Office about messages that did not surely reach a person: once per person when they cannot be reached
/// (not per message, so a blocked bot never floods the Office), and once per person and reminder when a post got no
/// answer (it is not posted again, so that nobody gets it twice, and someone should check). Notices to the Office
/// that got no answer are not reported this way.
/// </summary>
internal sealed class UndeliveredNotices(PciBotDbContext db, OutboxQueue outbox) : IOutboxUndelivered
{
    public Task UndeliveredAsync(OutboxMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.PersonId is not { } personId)
        {
            return Task.CompletedTask;
        }

        var reason = message.LastError ?? "";
        return message.Status switch
        {
            OutboxStatus.Unconfirmed when message.ScheduleKey == OfficeNotices.ScheduleKey => Task.CompletedTask,
            OutboxStatus.Unconfirmed => TellOfficeAsync(personId, reason, about: message, ct),
            OutboxStatus.Unreachable or OutboxStatus.Failed => TellOfficeAsync(personId, reason, about: null, ct),
            _ => Task.CompletedTask,
        };
    }

    private async Task TellOfficeAsync(int personId, string reason, OutboxMessage? about, CancellationToken ct)
    {
        var name = await db.People.Where(p => p.Id == personId).Select(p => p.Name).SingleOrDefaultAsync(ct) ?? "?";
        var office = await db.Conversations.Where(c => c.IsOfficeChannel && c.IsReachable).Select(c => (int?)c.Id).FirstOrDefaultAsync(ct);
        List<OutboxRecipient> recipients = office is { } channel
            ? [OutboxRecipient.Conversation(channel)]
            : (await db.People.Where(p => p.IsOfficeStaff && p.Id != personId).Select(p => p.Id).ToListAsync(ct)).Select(OutboxRecipient.Person).ToList();
        var (kind, key) = about is null ? (ReminderKinds.Unreachable, OfficeNotices.Unreachable) : (ReminderKinds.Unconfirmed, OfficeNotices.Unconfirmed);
        var periodKey = about is null ? key : $"{key}/{about.PeriodKey}";
        var payload = JsonSerializer.Serialize(new UndeliveredNotice(name));
        var subject = $"{key}:{personId}";
        periodKey = periodKey.Length <= 64 ? periodKey : periodKey[..64];
        var rows = recipients.Select(to => OfficeNotices.Row(kind, OfficeNotices.ScheduleKey, periodKey, to, subject, (about?.ReportPeriodKey, about?.CutOff), payload)).ToList();
        foreach (var row in rows)
        {
            row.LastError = reason.Length <= 1000 ? reason : reason[..1000];
        }

        await outbox.QueueAsync(rows, ct);
    }
}
