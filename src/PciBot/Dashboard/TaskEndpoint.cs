using Microsoft.AspNetCore.Antiforgery;
using Microsoft.EntityFrameworkCore;
using PciBot.Calendar;
using PciBot.Data;
using PciBot.Kit.Roles;
using PciBot.People;
using PciBot.Registry;
using PciBot.Rollups;
using PciBot.Updates;

namespace PciBot.Dashboard;

/// <summary>
/// <c>GET /tab/tasks/{taskId}?quarter=2023-Q4</c>: the task's lines from the quarter's rollup (the status model's) and
/// every update of those lines. A head sees their units' lines only, and no task their units do not lead. Each line the
/// viewer may update (the bot's rule, <see cref="RoleRules"/>) has a form, sent to
/// <c>POST /tab/tasks/{taskId}/lines/{unitId}/{periodKey}</c> and saved through the update card's own submit
/// (<see cref="ProgressActions.SubmitAsync(CardActionRequest, CancellationToken)"/>).
/// </summary>
internal static class TaskEndpoint
{
    public static async Task<IResult> GetAsync(int taskId, string? quarter, bool? saved, HttpContext context, RollupBuilder rollups, ReportLines reportLines, ProgressCards cards, IAntiforgery antiforgery, PciBotDbContext db, TimeProvider time, CancellationToken ct) =>
        await PageAsync(taskId, quarter, saved == true, null, context, rollups, reportLines, cards, antiforgery, db, time, ct);

    public static async Task<IResult> UpdateAsync(int taskId, int unitId, string periodKey, string? quarter, IFormCollection form, HttpContext context, ProgressActions progress, RollupBuilder rollups, ReportLines reportLines, ProgressCards cards, IAntiforgery antiforgery, PciBotDbContext db, TimeProvider time, CancellationToken ct)
    {
        var viewer = TabViewer.Of(context);
        var formId = form["formId"].ToString();
        int? basedOn = int.TryParse(form["basedOn"], System.Globalization.CultureInfo.InvariantCulture, out var number) && number > 0 ? number : null;
        var input = new ProgressInput(form[ProgressFields.Status], form[ProgressFields.Percent], form[ProgressFields.Result], form[ProgressFields.Obstacles], form[ProgressFields.Evidence]);
        var target = IsFormId(formId) && periodKey.Length <= CardActionRequest.MaxPeriodKeyLength
            ? new ProgressActionData(ProgressVerbs.Submit, taskId, unitId, periodKey, formId, BasedOn: basedOn)
            : null;
        var request = new CardActionRequest(ProgressVerbs.Submit, target, input, viewer.Person.AadObjectId, viewer.Texts.Culture.Name, null);
        var outcome = await progress.SubmitAsync(request, ct);
        switch (outcome.Result)
        {
            case CardActionResult.Invalid:
                var refused = new LineForm(unitId, "", periodKey, formId, basedOn, input, outcome.Errors);
                return await PageAsync(taskId, quarter, saved: false, refused, context, rollups, reportLines, cards, antiforgery, db, time, ct);
            case CardActionResult.Saved or CardActionResult.Duplicate:
                var query = quarter is { Length: > 0 } ? $"quarter={Uri.EscapeDataString(quarter)}&" : "";
                return Results.Redirect($"/tab/tasks/{taskId}?{query}saved=true");
            default:
                var frame = TabFrame.For(viewer, viewer.Texts.Dashboard.NotAllowedTitle, "");
                return TabPages.Page<RefusalPage>(new RefusalModel(frame, viewer.Texts.Dashboard.NotYourLine), StatusCodes.Status403Forbidden);
        }
    }

    private static async Task<IResult> PageAsync(int taskId, string? quarter, bool saved, LineForm? refused, HttpContext context, RollupBuilder rollups, ReportLines reportLines, ProgressCards cards, IAntiforgery antiforgery, PciBotDbContext db, TimeProvider time, CancellationToken ct)
    {
        var viewer = TabViewer.Of(context);
        var period = TabQuarters.Chosen(quarter, time);
        var rollup = await rollups.BuildAsync(period, RollupScope.Task(taskId), ct);
        var task = rollup?.Tasks.FirstOrDefault(t => t.TaskId == taskId);
        var lines = task?.Lines.Where(l => viewer.Sees(l.UnitId)).ToList() ?? [];
        if (task is null || (!viewer.SeesEverything && lines.Count == 0))
        {
            var frame = TabFrame.For(viewer, viewer.Texts.Dashboard.NotFound, "");
            return TabPages.Page<RefusalPage>(new RefusalModel(frame, task is null ? viewer.Texts.Dashboard.NotFound : viewer.Texts.Dashboard.NotYourPage), task is null ? StatusCodes.Status404NotFound : StatusCodes.Status403Forbidden);
        }

        var keys = task.Lines.Select(l => l.PeriodKey).Distinct().ToList();
        var updates = await db.ProgressUpdates.AsNoTracking()
            .Where(u => u.TaskId == taskId && keys.Contains(u.PeriodKey))
            .ToListAsync(ct);
        updates = updates.Where(u => viewer.Sees(u.UnitId)).OrderByDescending(u => u.SubmittedAt).ThenByDescending(u => u.Sequence).ToList();
        var authorIds = updates.Select(u => u.PersonId).Distinct().ToList();
        var authors = await db.People.AsNoTracking().Where(p => authorIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var unitIds = updates.Select(u => u.UnitId).Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var history = updates.Select(u => new TaskUpdate(u.UnitId, units.GetValueOrDefault(u.UnitId, "?"), u.PeriodKey, u, authors.GetValueOrDefault(u.PersonId, "?"))).ToList();
        var forms = await FormsAsync(taskId, lines, updates, viewer, refused, reportLines, cards, time, ct);
        var tokens = antiforgery.GetAndStoreTokens(context);
        var model = new TaskModel(TabFrame.For(viewer, task.Key.ToString(), ""), period, TabQuarters.Offered(period, time), task, lines, history)
        {
            Forms = forms,
            TokenField = tokens.FormFieldName,
            Token = tokens.RequestToken ?? "",
            Saved = saved,
        };
        return TabPages.Page<TaskPage>(model, refused is null ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity);
    }

    /// <summary>A form for each line the viewer may update, as the update card finds lines: the task's units in a period it is reported against.</summary>
    private static async Task<IReadOnlyList<LineForm>> FormsAsync(int taskId, IReadOnlyList<RollupLine> lines, IReadOnlyList<ProgressUpdate> updates, TabViewer viewer, LineForm? refused, ReportLines reportLines, ProgressCards cards, TimeProvider time, CancellationToken ct)
    {
        var mine = lines.Where(l => viewer.Person.MayUpdate(l.UnitId)).ToList();
        if (mine.Count == 0 || await reportLines.TaskAsync(taskId, ct) is not { } planTask)
        {
            return [];
        }

        var today = VietnamTime.Today(time);
        var forms = new List<LineForm>();
        foreach (var line in mine)
        {
            if (!TaskPeriods.TryCutOff(planTask, line.PeriodKey, today, out var cutOff) || ReportLines.LineFor(planTask, line.UnitId, line.PeriodKey, cutOff) is null)
            {
                continue;
            }

            if (refused is not null && refused.UnitId == line.UnitId && refused.PeriodKey == line.PeriodKey)
            {
                forms.Add(refused with { UnitName = line.UnitName });
                continue;
            }

            var latest = updates.Where(u => u.UnitId == line.UnitId && u.PeriodKey == line.PeriodKey).MaxBy(u => u.Sequence);
            var input = latest is null ? ProgressInput.Empty : ProgressInput.Of(latest);
            forms.Add(new LineForm(line.UnitId, line.UnitName, line.PeriodKey, cards.NewCardId(), latest?.Sequence, input, new Dictionary<string, string>()));
        }

        return forms;
    }

    private static bool IsFormId(string id) => id.Length is > 0 and <= 32 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
}
