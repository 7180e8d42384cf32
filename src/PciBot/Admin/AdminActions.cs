using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PciBot.BotFramework.Cards;
using PciBot.Data;
using PciBot.Localization;
using PciBot.People;
using PciBot.Registry;

namespace PciBot.Admin;

/// <summary>Carries out a press on an admin card. The presser must be an admin, by Entra object id; anyone else gets a polite refusal and nothing changes.</summary>
internal sealed class AdminActions(PciBotDbContext db, ScheduleAdmin schedules, HolidayAdmin holidays, PlanImporter imports, PlanAdmin plans, ILogger<AdminActions> logger)
{
    public async Task<AdaptiveCard> HandleAsync(AdminActionRequest request, CancellationToken ct)
    {
        var texts = BotTexts.For(request.Locale);
        var actor = request.AadObjectId is { Length: > 0 } aad ? await db.People.SingleOrDefaultAsync(p => p.AadObjectId == aad, ct) : null;
        if (actor is not { IsAdmin: true })
        {
            AdminLog.Refused(logger, request.Verb, request.AadObjectId);
            return AdminCards.Refused(texts);
        }

        var key = request.Text("target") ?? "";
        var id = int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 0;
        return request.Verb switch
        {
            AdminVerbs.ScheduleEdit => await EditAsync(key, texts, ct),
            AdminVerbs.ScheduleSave => await SaveAsync(key, request, actor, texts, ct),
            AdminVerbs.SchedulePause or AdminVerbs.ScheduleResume => await PauseAsync(key, request.Verb == AdminVerbs.SchedulePause, actor, texts, ct),
            AdminVerbs.ScheduleRun => await RunAsync(key, actor, texts, ct),
            AdminVerbs.HolidayAdd => await holidays.AddAsync(id, request, actor, texts, ct),
            AdminVerbs.HolidayRemove => await holidays.RemoveAsync(id, actor, texts, ct),
            AdminVerbs.ImportApply => await imports.ApplyAsync(id, actor, texts, ct),
            AdminVerbs.ImportDiscard => await imports.DiscardAsync(id, texts, ct),
            AdminVerbs.RolloverApply => AdminCards.Message(texts, await plans.RolloverAsync(id, actor, texts, ct)),
            _ => AdminCards.Message(texts, texts.UnsupportedAction),
        };
    }

    public async Task<AdaptiveCard> EditAsync(string key, BotTexts texts, CancellationToken ct) =>
        await schedules.ViewAsync(key, ct) is { } view
            ? AdminCards.ScheduleEdit(view, await UnitsAsync(ct), texts)
            : AdminCards.Message(texts, texts.Admin.ScheduleNotFound(key));

    private async Task<AdaptiveCard> SaveAsync(string key, AdminActionRequest request, Person actor, BotTexts texts, CancellationToken ct)
    {
        var view = await schedules.ViewAsync(key, ct);
        if (view is null)
        {
            return AdminCards.Message(texts, texts.Admin.ScheduleNotFound(key));
        }

        var input = ScheduleInput.From(request);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var saved = await schedules.SaveAsync(key, input, actor, texts, errors, ct);
        return saved is null
            ? AdminCards.ScheduleEdit(view, await UnitsAsync(ct), texts, input, errors, (texts.FixErrors, TextColor.Attention))
            : AdminCards.ScheduleEdit(saved, await UnitsAsync(ct), texts, banner: (texts.Admin.ScheduleSaved, TextColor.Good));
    }

    private async Task<AdaptiveCard> PauseAsync(string key, bool pause, Person actor, BotTexts texts, CancellationToken ct)
    {
        if (await schedules.ViewAsync(key, ct) is null)
        {
            return AdminCards.Message(texts, texts.Admin.ScheduleNotFound(key));
        }

        var view = await schedules.SetPausedAsync(key, pause, actor, ct);
        return AdminCards.ScheduleEdit(view, await UnitsAsync(ct), texts, banner: (pause ? texts.Admin.SchedulePaused : texts.Admin.ScheduleResumed, TextColor.Good));
    }

    private async Task<AdaptiveCard> RunAsync(string key, Person actor, BotTexts texts, CancellationToken ct)
    {
        if (await schedules.ViewAsync(key, ct) is null)
        {
            return AdminCards.Message(texts, texts.Admin.ScheduleNotFound(key));
        }

        var (queued, occurrence) = await schedules.RunNowAsync(key, actor, ct);
        var banner = queued > 0 && occurrence is not null ? texts.Admin.RunNowQueued(queued, occurrence.PeriodKey) : texts.Admin.RunNowNothing;
        return AdminCards.ScheduleEdit((await schedules.ViewAsync(key, ct))!, await UnitsAsync(ct), texts, banner: (banner, TextColor.Good));
    }

    private Task<List<Registry.Unit>> UnitsAsync(CancellationToken ct) =>
        db.Units.AsNoTracking().OrderBy(u => u.Code).ToListAsync(ct);
}
