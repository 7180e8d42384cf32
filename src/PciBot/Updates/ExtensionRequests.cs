using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PciBot.Audience;
using PciBot.Data;
using PciBot.Outbox;
using PciBot.People;

namespace PciBot.Updates;

/// <summary>
/// "Gia hạn": a unit asks for a later deadline. The request goes to the Office as a notice through the outbox, to
/// whoever receives the Office's notices; deciding on it stays with the Office.
/// </summary>
internal sealed class ExtensionRequests(PciBotDbContext db, OutboxQueue outbox, ILogger<ExtensionRequests> logger)
{
    /// <summary>Starts the subject of a request's notices, which keeps them apart from other notices in the outbox's unique key.</summary>
    public const string SubjectPrefix = "extension:";

    /// <summary>A request for more time, to the Office. Payload: an <see cref="ExtensionNotice"/>.</summary>
    public static readonly OutboxKind Kind = new("extension");

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

        // Sent twice at once: the other request queued the same notices.
        await outbox.QueueAsync(
            audience.Office.Select(to => OfficeNotices.Row(Kind, OfficeNotices.ScheduleKey, periodKey, to, subject, (line.PeriodKey, line.CutOff), payload)),
            ct);

        UpdatesLog.ExtensionQueued(logger, line.Task.Id, line.Unit.Id, values.Until, audience.Office.Count);
        return audience.Office.Count;
    }
}
