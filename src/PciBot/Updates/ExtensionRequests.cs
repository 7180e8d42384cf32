using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PciBot.Audience;
using PciBot.Data;
using PciBot.Outbox;
using PciBot.People;

namespace PciBot.Updates;

/// <summary>
/// "Gia hạn": a unit asks for a later deadline. The request is stored, and goes to the Office as a notice through the
/// outbox, to whoever receives the Office's notices; the Office decides on the notice's card (<see cref="ExtensionDecisions"/>).
/// </summary>
internal sealed class ExtensionRequests(PciBotDbContext db, OutboxQueue outbox, TimeProvider time, ILogger<ExtensionRequests> logger)
{
    /// <summary>Starts the subject of a request's notices, which keeps them apart from other notices in the outbox's unique key.</summary>
    public const string SubjectPrefix = "extension:";

    /// <summary>A request for more time, to the Office. Payload: an <see cref="ExtensionNotice"/>.</summary>
    public static readonly OutboxKind Kind = new("extension");

    /// <summary>Stores the request and queues its notice; returns to how many recipients, 0 when nobody receives the Office's notices.</summary>
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

        var request = await StoreAsync(line, person, values, cardId, ct);
        var payload = JsonSerializer.Serialize(new ExtensionNotice(line.Task.Id, line.Unit.Id, line.PeriodKey, person.Id, request.CutOff, request.Until, request.Reason, request.Id));
        var periodKey = string.Create(CultureInfo.InvariantCulture, $"extension/r{request.Id}");
        var subject = $"{SubjectPrefix}task:{line.Task.Id}/unit:{line.Unit.Id}";

        // Sent twice at once: the other request queued the same notices.
        await outbox.QueueAsync(
            audience.Office.Select(to => OfficeNotices.Row(Kind, OfficeNotices.ScheduleKey, periodKey, to, subject, (line.PeriodKey, line.CutOff), payload)),
            ct);

        UpdatesLog.ExtensionQueued(logger, request.Id, line.Task.Id, line.Unit.Id, values.Until, audience.Office.Count);
        return audience.Office.Count;
    }

    /// <summary>The request, stored once: the same request sent again from the same card, even at the same moment, is the one already stored.</summary>
    private async Task<ExtensionRequest> StoreAsync(ReportLine line, Person person, ExtensionValues values, string cardId, CancellationToken ct)
    {
        var fingerprint = Fingerprint(line, person.Id, values, cardId);
        if (await db.ExtensionRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Fingerprint == fingerprint, ct) is { } known)
        {
            return known;
        }

        var request = new ExtensionRequest
        {
            TaskId = line.Task.Id,
            UnitId = line.Unit.Id,
            PeriodKey = line.PeriodKey,
            PersonId = person.Id,
            RequestedAt = time.GetUtcNow(),
            CutOff = line.CutOff,
            Until = values.Until,
            Reason = values.Reason,
            Fingerprint = fingerprint,
            Status = ExtensionStatus.Pending,
        };
        db.ExtensionRequests.Add(request);
        try
        {
            await db.SaveChangesAsync(ct);
            return request;
        }
        catch (DbUpdateException)
        {
            // Sent twice at once: the other press stored it first, and the unique fingerprint refused this one.
            db.ChangeTracker.Clear();
            if (await db.ExtensionRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Fingerprint == fingerprint, ct) is { } twin)
            {
                return twin;
            }

            throw;
        }
    }

    private static string Fingerprint(ReportLine line, int personId, ExtensionValues values, string cardId)
    {
        string[] parts =
        [
            line.Task.Id.ToString(CultureInfo.InvariantCulture),
            line.Unit.Id.ToString(CultureInfo.InvariantCulture),
            line.PeriodKey,
            personId.ToString(CultureInfo.InvariantCulture),
            values.Until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            values.Reason,
            cardId,
        ];

        // Each part is written with its length, so no text can be made to read as a different split of the fields.
        var canonical = new StringBuilder();
        foreach (var part in parts)
        {
            canonical.Append(part.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(part).Append(';');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
    }
}
