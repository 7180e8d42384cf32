using Microsoft.EntityFrameworkCore;
using PciBot.BotFramework.Cards;
using PciBot.Data;
using PciBot.Localization;
using PciBot.Outbox;
using PciBot.People;

namespace PciBot.Exports;

/// <summary>The links a person asked for in a group, in their personal chat; signed when sent, so they expire from then.</summary>
internal sealed class PrivateLinksCard(PciBotDbContext db, ExportLinks links) : IOutboxRenderer
{
    public async Task<AdaptiveCard> RenderAsync(OutboxMessage message, BotTexts texts, OutboxRound round, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        var person = await db.Set<Person>().AsNoTracking().SingleAsync(p => p.Id == message.PersonId, ct);
        var report = message.Payload ?? throw new InvalidOperationException($"Outbox message {message.Id} names no report.");
        return ExportLinksCard.Build(links, report, person, texts);
    }
}
