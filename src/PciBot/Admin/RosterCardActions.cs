using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PciBot.Audience;
using PciBot.BotFramework.Cards;
using PciBot.Data;
using PciBot.Exports;
using PciBot.Kit.Roles;
using PciBot.Localization;
using PciBot.Messaging;
using PciBot.People;

namespace PciBot.Admin;

/// <summary>The roster preview's and readiness card's buttons. Only Office staff and admins, by Entra object id; anyone else gets a polite refusal and nothing changes.</summary>
internal sealed class RosterCardActions(PciBotDbContext db, RosterImporter imports, Readiness readiness, ExportLinks links, ILogger<RosterCardActions> logger) : ICardActionHandler
{
    public async Task<CardActionAnswer?> HandleAsync(CardActionInput action, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(action);
        var texts = BotTexts.For(action.Activity.Locale);
        var aad = action.Activity.From?.AadObjectId;
        var actor = aad is { Length: > 0 } ? await db.People.SingleOrDefaultAsync(p => p.AadObjectId == aad, ct) : null;
        if (!actor.IsOfficeOrAdmin)
        {
            AdminLog.Refused(logger, action.Verb, aad);
            return CardActionAnswer.Show(AdminCards.Message(texts, texts.Roster.OfficeOrAdminOnly, TextColor.Attention));
        }

        var target = action.Data.ValueKind == JsonValueKind.Object && action.Data.TryGetProperty("target", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        var id = int.TryParse(target, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 0;
        return CardActionAnswer.Show(action.Verb switch
        {
            RosterVerbs.Apply => await imports.ApplyAsync(id, actor!, texts, ct),
            RosterVerbs.Discard => await imports.DiscardAsync(id, actor!, texts, ct),
            RosterVerbs.Readiness => ReadinessCard.Create(await readiness.ReportAsync(ct), texts, PrivateLinks.IsPrivate(action.Activity) ? links.For(ReadinessWorkbook.Name, actor!).Link : null),
            _ => AdminCards.Message(texts, texts.UnsupportedAction),
        });
    }
}
