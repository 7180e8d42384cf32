using Microsoft.EntityFrameworkCore;
using PciBot.BotFramework.Schema;
using PciBot.Calendar;
using PciBot.Data;
using PciBot.Kit;
using PciBot.Localization;
using PciBot.Messaging;
using PciBot.People;
using PciBot.Registry;

namespace PciBot.Admin;

/// <summary>Answers the admin commands and plan files sent in the chat; only admins, by Entra object id, get past the first line.</summary>
internal sealed class AdminCommands(PciBotDbContext db, PersonDirectory people, ScheduleAdmin schedules, HolidayAdmin holidays, PlanImporter imports, RosterImporter rosters, PlanAdmin plans, AdminActions actions, TimeProvider time, ILogger<AdminCommands> logger)
    : IChatCommandHandler
{
    public async Task HandleAsync(ChatCommand command, ChatInput input, Activity incoming, Activity reply, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        var actor = await people.EnsureAsync(incoming.From, incoming.Conversation?.TenantId, ct);
        var texts = BotTexts.For(incoming.Locale);
        switch (command)
        {
            case PlanFileCommand file:
                await ReceiveFileAsync(reply, file.File, actor, texts, ct);
                break;
            case AdminCommand admin:
                await HandleAsync(reply, admin, actor, texts, ct);
                break;
        }
    }

    public async Task HandleAsync(Activity reply, AdminCommand command, Person? actor, BotTexts texts, CancellationToken ct)
    {
        if (actor is not { IsAdmin: true })
        {
            AdminLog.Refused(logger, command.GetType().Name, actor?.AadObjectId);
            reply.Text = texts.Admin.AdminOnly;
            return;
        }

        switch (command)
        {
            case ListSchedulesCommand:
                var units = await db.Units.AsNoTracking().OrderBy(u => u.Code).ToListAsync(ct);
                reply.Attachments = [AdminCards.ScheduleList(await schedules.ListAsync(ct), units, texts).ToAttachment()];
                break;
            case EditScheduleCommand edit:
                reply.Attachments = [(await actions.EditAsync(edit.Key, texts, ct)).ToAttachment()];
                break;
            case HolidaysCommand holiday:
                reply.Attachments = [(await holidays.CardAsync(holiday.Year ?? VietnamTime.Today(time).Year, texts, ct)).ToAttachment()];
                break;
            case AuditCommand:
                reply.Attachments = [(await plans.AuditCardAsync(texts, ct)).ToAttachment()];
                break;
            case ImportPlanHelpCommand:
                reply.Text = texts.Admin.ImportHow;
                break;
            case RolloverCommand rollover:
                reply.Attachments = [(await plans.RolloverPreviewAsync(rollover.Year, texts, ct)).ToAttachment()];
                break;
            case ConditionMetCommand condition:
                reply.Text = await plans.MarkConditionMetAsync(condition.Task, actor, texts, ct);
                break;
        }
    }

    /// <summary>
    /// A roster (a CSV file, or a workbook whose header names email and role columns) from Office staff or an admin; a
    /// plan from an admin.
    /// </summary>
    public async Task ReceiveFileAsync(Activity reply, Attachment file, Person? actor, BotTexts texts, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (actor is not ({ IsAdmin: true } or { IsOfficeStaff: true }))
        {
            AdminLog.Refused(logger, "plan file", actor?.AadObjectId);
            reply.Text = texts.Admin.AdminOnly;
            return;
        }

        var (name, type, bytes, refusal) = await imports.DownloadAsync(file, texts, ct);
        if (bytes is null)
        {
            reply.Attachments = [refusal!.ToAttachment()];
            return;
        }

        if (RosterReader.IsRosterFileType(type) || (string.Equals(type, "xlsx", StringComparison.OrdinalIgnoreCase) && RosterReader.LooksLikeRoster(bytes)))
        {
            reply.Attachments = [(await rosters.PreviewAsync(name, type, bytes, actor, texts, ct)).ToAttachment()];
            return;
        }

        if (!actor.IsAdmin)
        {
            AdminLog.Refused(logger, "plan file", actor.AadObjectId);
            reply.Text = texts.Admin.AdminOnly;
            return;
        }

        reply.Attachments = [(await imports.PreviewAsync(name, type, bytes, actor, texts, ct)).ToAttachment()];
    }
}
