using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PciBot.Data;
using PciBot.Outbox;
using PciBot.People;
using PciBot.Reminders;

namespace PciBot.Updates;

/// <summary>
/// "Gia hạn": a unit asks for a later deadline. The request goes to the Office as a notice through the outbox, to
/// whoever receives the Office's notices; deciding on it stays with the Office.
/// </summary>
internal sealed class ExtensionRequests(PciBotDbContext db, DispatchSignal dispatch, TimeProvider time, ILogger<ExtensionRequests> logger)
{
    public const string SubjectPrefix = "extension:";

    /// <summary>Queues the notice and returns to how many recipients; 0 when nobody receives the Office's notices.</summary>
    public async Task<int> QueueAsync(ReportLine line, Person person, ExtensionValues values, string cardId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(values);
        var audience = await ReminderAudience.LoadAsync(db, ct);
        if (audience.Office.Count == 0)
        {
            return 0;
        }

        var payload = JsonSerializer.Serialize(new ExtensionNotice(line.Task.Id, line.Unit.Id, line.PeriodKey, person.Id, line.CutOff, values.Until, values.Reason));
        // The same request sent twice from one card is one notice; a different request from it is another.
        var periodKey = $"extension/{cardId}/{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(payload)))[..12]}";
        var subject = $"{SubjectPrefix}task:{line.Task.Id}/unit:{line.Unit.Id}";
        var known = await db.Outbox
            .Where(o => o.ScheduleKey == OfficeNotices.ScheduleKey && o.PeriodKey == periodKey && o.Subject == subject)
            .Select(o => o.RecipientKey)
            .ToListAsync(ct);
        var now = time.GetUtcNow();
        foreach (var (kind, id, key) in audience.Office.Where(o => !known.Contains(o.Key)))
        {
            db.Outbox.Add(new OutboxMessage
            {
                ScheduleKey = OfficeNotices.ScheduleKey,
                PeriodKey = periodKey,
                RecipientKind = kind,
                RecipientKey = key,
                PersonId = kind == RecipientKind.Person ? id : null,
                ConversationRecordId = kind == RecipientKind.Conversation ? id : null,
                Subject = subject,
                Stage = ReminderStage.OfficeNotice,
                ReportPeriodKey = line.PeriodKey,
                CutOff = line.CutOff,
                Payload = payload,
                Status = OutboxStatus.Pending,
                CreatedAt = now,
                NextAttemptAt = now,
            });
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Sent twice at once: the other request queued the same notices.
            db.ChangeTracker.Clear();
        }

        dispatch.Notify();
        UpdatesLog.ExtensionQueued(logger, line.Task.Id, line.Unit.Id, values.Until, audience.Office.Count);
        return audience.Office.Count;
    }
}
