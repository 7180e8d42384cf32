using PciBot.Audience;
using PciBot.BotFramework.Schema;
using PciBot.Kit;
using PciBot.Kit.Roles;
using PciBot.Localization;
using PciBot.Messaging;
using PciBot.People;

namespace PciBot.Admin;

/// <summary>Answers the readiness and roster requests; only Office staff and admins, by Entra object id.</summary>
internal sealed class RosterCommands(Askers askers, Readiness readiness) : IChatCommandHandler
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

        switch (((RosterCommand)command).Ask)
        {
            case RosterAsk.Readiness:
                reply.Attachments = [ReadinessCard.Create(await readiness.ReportAsync(ct), texts).ToAttachment()];
                break;
            default:
                reply.Text = texts.Roster.ImportHow;
                reply.TextFormat = "markdown";
                break;
        }
    }
}
