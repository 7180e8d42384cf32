using PciBot.BotFramework.Schema;
using PciBot.Calendar;
using PciBot.Exports;
using PciBot.Localization;
using PciBot.Updates;

namespace PciBot.Digests;

/// <summary>
/// Answers a press on a digest or rollup card with a reply, leaving the card as it is: open a task, remind a late unit
/// again, or get download links. Only Office staff and admins, as the database knows them from the Entra object id
/// Teams sends, are answered with anything but a refusal.
/// </summary>
internal sealed class OfficeActions(UpdateAccess access, ReportLines lines, ProgressCommands progress, Nudges nudges, ExportLinks links, ILogger<OfficeActions> logger)
{
    public async Task<Activity> HandleAsync(Activity incoming, OfficeActionRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(request);
        var texts = BotTexts.For(incoming.Locale);
        var reply = incoming.CreateReply();
        var person = await access.PersonAsync(request.AadObjectId, ct);
        if (!ExportLinks.MayDownload(person))
        {
            DigestsLog.Refused(logger, request.Verb, request.AadObjectId);
            reply.Text = texts.OfficeOnly;
            return reply;
        }

        switch (request.Verb)
        {
            case OfficeVerbs.OpenTask when request.TaskId is { } taskId && await lines.TaskAsync(taskId, ct) is { } task:
                await progress.OpenAsync(reply, incoming, task.Key, texts, ct);
                break;
            case OfficeVerbs.Nudge when await nudges.QueueAsync(request, ct) is { } nudged:
                reply.Text = nudged.Already ? texts.AlreadyNudged(nudged.Line.Unit.Name, nudged.Line.Task.Key)
                    : nudged.Queued == 0 ? texts.NobodyToNudge(nudged.Line.Unit.Name)
                    : texts.Nudged(nudged.Queued, nudged.Line.Unit.Name, nudged.Line.Task.Key);
                DigestsLog.Nudged(logger, request.TaskId, request.UnitId, nudged.Queued, person!.Id);
                break;
            case OfficeVerbs.Export when ExportFile.TryParse(request.Report, out var file):
                var report = file.Name[..file.Name.LastIndexOf('.')];
                var what = file.IsYear ? texts.PeriodLabel(ReportingPeriods.Of(PeriodKind.Year, file.Quarter.Year, 1)) : texts.PeriodLabel(file.Quarter);
                reply.Attachments = [ExportLinksCard.Build(links, report, what, person!, texts).ToAttachment()];
                break;
            default:
                reply.Text = texts.UnsupportedAction;
                break;
        }

        return reply;
    }
}
