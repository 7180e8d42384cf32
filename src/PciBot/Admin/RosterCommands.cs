using PciBot.Audience;
using PciBot.BotFramework.Cards;
using PciBot.BotFramework.Schema;
using PciBot.Exports;
using PciBot.Kit;
using PciBot.Kit.Roles;
using PciBot.Localization;
using PciBot.Messaging;
using PciBot.People;

namespace PciBot.Admin;

/// <summary>Answers the readiness and roster requests; only Office staff and admins, by Entra object id. Download links only in a personal chat.</summary>
internal sealed class RosterCommands(Askers askers, Readiness readiness, ExportLinks links) : IChatCommandHandler
{
    public async Task HandleAsync(ChatCommand command, ChatInput input, Activity incoming, Activity reply, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(reply);
        var texts = BotTexts.For(incoming.Locale);
        var actor = await askers.FindAsync(incoming.From?.AadObjectId, ct);
        if (!actor.IsOfficeOrAdmin)
        {
            reply.Text = texts.Roster.OfficeOrAdminOnly;
            return;
        }

        var personal = PrivateLinks.IsPrivate(incoming);
        switch (((RosterCommand)command).Ask)
        {
            case RosterAsk.Readiness:
                var download = personal ? links.For(ReadinessWorkbook.Name, actor!).Link : null;
                reply.Attachments = [ReadinessCard.Create(await readiness.ReportAsync(ct), texts, download).ToAttachment()];
                break;
            case RosterAsk.Template when personal:
                reply.Attachments = [TemplateCard(links.For(RosterTemplate.Name, actor!).Link, texts).ToAttachment()];
                break;
            case RosterAsk.Template:
                reply.Text = texts.Roster.TemplateOnlyInPersonalChat;
                break;
            default:
                reply.Text = texts.Roster.ImportHow;
                reply.TextFormat = "markdown";
                break;
        }
    }

    private static AdaptiveCard TemplateCard(Uri link, BotTexts texts) => new()
    {
        Lang = texts.Language,
        FallbackText = texts.Roster.TemplateTitle,
        Body = [AdminCards.Title(texts.Roster.TemplateTitle), new TextBlock { Text = texts.Roster.TemplateIntro, Wrap = true }],
        Actions = [new ActionOpenUrl { Title = texts.Roster.Download, Url = link }],
    };
}
