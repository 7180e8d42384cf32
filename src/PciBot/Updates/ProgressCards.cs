using System.Globalization;
using PciBot.Calendar;

namespace PciBot.Updates;

/// <summary>Gathers what an update card shows about a line: its latest update and who may edit it.</summary>
internal sealed class ProgressCards(ProgressLedger ledger, UpdateAccess access, SnoozeTimes snoozes, TimeProvider time)
{
    /// <summary>The card id of a reminder: the outbox row it was sent from, the same every time the card is redrawn.</summary>
    public static string ReminderCardId(long outboxId) => string.Create(CultureInfo.InvariantCulture, $"o{outboxId}");

    /// <summary>A fresh card id for a card opened on demand.</summary>
    public string NewCardId() => Guid.CreateVersion7(time.GetUtcNow()).ToString("N");

    public async Task<ProgressCardModel> ModelAsync(ReportLine line, string cardId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(line);
        var latest = await ledger.LatestAsync(line, ct);
        var editors = await access.EditorsAsync(line, ct);
        return new ProgressCardModel(line, cardId, latest, editors, ExtensionNotBefore(VietnamTime.Today(time), line.CutOff))
        {
            Snoozes = await snoozes.OptionsAsync(line.CutOff, ct),
        };
    }

    /// <summary>The earliest date more time can be asked for, or granted: after today and after the line's cut-off.</summary>
    public static DateOnly ExtensionNotBefore(DateOnly today, DateOnly cutOff)
    {
        var tomorrow = today.AddDays(1);
        var afterCutOff = cutOff.AddDays(1);
        return tomorrow > afterCutOff ? tomorrow : afterCutOff;
    }
}
