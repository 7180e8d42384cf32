using PciBot.BotFramework.Schema;
using PciBot.Calendar;
using PciBot.Exports;
using PciBot.Kit;
using PciBot.Kit.Roles;
using PciBot.Localization;
using PciBot.Messaging;
using PciBot.People;
using PciBot.Registry;
using PciBot.Rollups;
using PciBot.Schedules;
using PciBot.Updates;

namespace PciBot.Digests;

/// <summary>
/// Answers a press on a digest or rollup card with a reply, leaving the card as it is: open a task, remind a late unit
/// again, or get download links. Only Office staff and admins, as the database knows them from the Entra object id
/// Teams sends, are answered with anything but a refusal.
/// </summary>
internal sealed class OfficeActions(Askers askers, ReportLines lines, ProgressCommands progress, Nudges nudges, ExportLinks links, PrivateLinks privateLinks, DigestBuilder digests, RollupBuilder rollups, TimeProvider time, ILogger<OfficeActions> logger)
    : ICardActionHandler, IChatCommandHandler
{
    public async Task<CardActionAnswer?> HandleAsync(CardActionInput action, CancellationToken ct) =>
        OfficeActionRequest.From(action) is { } request ? CardActionAnswer.Beside(await HandleAsync(action.Activity, request, ct)) : null;

    public Task HandleAsync(ChatCommand command, ChatInput input, Activity incoming, Activity reply, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        return AnswerAsync(reply, incoming, (OfficeReportCommand)command, BotTexts.For(incoming.Locale), ct);
    }

    public async Task<Activity> HandleAsync(Activity incoming, OfficeActionRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(request);
        var texts = BotTexts.For(incoming.Locale);
        var reply = incoming.CreateReply();
        var person = await askers.FindAsync(request.AadObjectId, ct);
        if (!person.IsOfficeOrAdmin)
        {
            DigestsLog.Refused(logger, request.Verb, request.AadObjectId);
            reply.Text = texts.Digests.OfficeOnly;
            return reply;
        }

        switch (request.Verb)
        {
            case OfficeVerbs.OpenTask when request.TaskId is { } taskId && await lines.TaskAsync(taskId, ct) is { } task:
                await progress.OpenAsync(reply, incoming, task.Key, texts, ct);
                break;
            case OfficeVerbs.Nudge when await nudges.QueueAsync(request, ct) is { } nudged:
                reply.Text = nudged.Already ? texts.Digests.AlreadyNudged(nudged.Line.Unit.Name, nudged.Line.Task.Key)
                    : nudged.Queued == 0 ? texts.Digests.NobodyToNudge(nudged.Line.Unit.Name)
                    : texts.Digests.Nudged(nudged.Queued, nudged.Line.Unit.Name, nudged.Line.Task.Key);
                DigestsLog.Nudged(logger, request.TaskId, request.UnitId, nudged.Queued, person!.Id);
                break;
            case OfficeVerbs.Export when ExportFile.TryParse(request.Report, out var file):
                await LinksAsync(reply, incoming, file.Name[..file.Name.LastIndexOf('.')], person!, texts, ct);
                break;
            default:
                reply.Text = texts.UnsupportedAction;
                break;
        }

        return reply;
    }

    /// <summary>The digest, rollup or download links asked for in the chat, for the quarter open today or the one before.</summary>
    public async Task AnswerAsync(Activity reply, Activity incoming, OfficeReportCommand command, BotTexts texts, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(texts);
        var person = await askers.FindAsync(incoming.From?.AadObjectId, ct);
        if (!person.IsOfficeOrAdmin)
        {
            reply.Text = texts.Digests.OfficeOnly;
            return;
        }

        var today = VietnamTime.Today(time);
        var quarter = ReportingPeriods.Containing(PeriodKind.Quarter, today);
        if (command.LastQuarter)
        {
            quarter = ReportingPeriods.Previous(quarter);
        }

        switch (command.Report)
        {
            case OfficeReport.Digest:
                var since = await digests.SinceAsync(quarter, null, time.GetUtcNow(), ct);
                var digest = await digests.BuildAsync(quarter, since, ct);
                reply.Attachments = digest is null ? null : [DigestCard.Build(digest, digestId: null, texts).ToAttachment()];
                reply.Text = digest is null ? texts.Registry.NoPlan : null;
                break;
            case OfficeReport.Rollup:
                var rollup = await rollups.BuildAsync(quarter, ct);
                var report = $"rollup-{quarter.Key}";
                // In a group the buttons ask for the links, which then go to the one who pressed, privately.
                var personal = PrivateLinks.IsPrivate(incoming) ? ExportLinksCard.Actions(links, report, person!, texts) : null;
                reply.Attachments = rollup is null ? null
                    : [RollupCard.Build(rollup, texts.Schedules.RollupTitle(texts.Calendar.PeriodLabel(quarter)), texts.Digests.RollupOnDemandIntro(today), report, texts, personal).ToAttachment()];
                reply.Text = rollup is null ? texts.Registry.NoPlan : null;
                break;
            case OfficeReport.Export:
                await LinksAsync(reply, incoming, $"rollup-{quarter.Key}", person!, texts, ct);
                break;
            default:
                await LinksAsync(reply, incoming, $"year-{today.Year}", person!, texts, ct);
                break;
        }
    }

    /// <summary>The links, signed for the person: in the reply in their personal chat, else sent to it and only announced here.</summary>
    private async Task LinksAsync(Activity reply, Activity incoming, string report, Person person, BotTexts texts, CancellationToken ct)
    {
        if (PrivateLinks.IsPrivate(incoming))
        {
            reply.Attachments = [ExportLinksCard.Build(links, report, person, texts).ToAttachment()];
            return;
        }

        await privateLinks.QueueAsync(person, report, incoming.Id ?? Guid.CreateVersion7(time.GetUtcNow()).ToString("N"), ct);
        reply.Text = texts.Exports.SentPrivately(person.Name, ExportLinksCard.What(report, texts));
    }
}
