using Microsoft.AspNetCore.Antiforgery;
using Microsoft.EntityFrameworkCore;
using PciBot.Admin;
using PciBot.Data;
using PciBot.Registry;

namespace PciBot.Dashboard;

/// <summary>
/// The schedules page: the list with each one's next fire times, and an edit form that goes through the admin card's own
/// <see cref="ScheduleAdmin.SaveAsync"/> (the same validation, the same audit row, the Quartz trigger moved at once).
/// </summary>
internal static class ScheduleEndpoints
{
    public static async Task<IResult> ListAsync(HttpContext context, ScheduleAdmin schedules, PciBotDbContext db, CancellationToken ct)
    {
        var viewer = TabViewer.Of(context);
        var frame = TabFrame.For(viewer, viewer.Texts.Dashboard.Schedules, "/tab/admin/schedules");
        return TabPages.Page<SchedulesPage>(new SchedulesModel(frame, await schedules.ListAsync(ct), await UnitsAsync(db, ct)));
    }

    public static async Task<IResult> EditAsync(string key, bool? saved, HttpContext context, ScheduleAdmin schedules, PciBotDbContext db, IAntiforgery antiforgery, CancellationToken ct)
    {
        var viewer = TabViewer.Of(context);
        if (await schedules.ViewAsync(key, ct) is not { } view)
        {
            return NotFound(viewer);
        }

        return Form(viewer, view, await UnitsAsync(db, ct), ScheduleValidator.InputOf(view.Schedule), new Dictionary<string, string>(), saved == true, antiforgery, context);
    }

    public static async Task<IResult> SaveAsync(string key, IFormCollection form, HttpContext context, ScheduleAdmin schedules, PciBotDbContext db, IAntiforgery antiforgery, CancellationToken ct)
    {
        var viewer = TabViewer.Of(context);
        if (await schedules.ViewAsync(key, ct) is not { } view)
        {
            return NotFound(viewer);
        }

        var input = new ScheduleInput(form["timeOfDay"], form["rule"], form["ruleValue"], form["followUp"], string.Join(',', form["recipients"].OfType<string>()));
        var errors = new Dictionary<string, string>();
        if (await schedules.SaveAsync(key, input, viewer.Person, viewer.Texts, errors, ct) is null)
        {
            return Form(viewer, view, await UnitsAsync(db, ct), input, errors, saved: false, antiforgery, context, StatusCodes.Status422UnprocessableEntity);
        }

        return Results.Redirect($"/tab/admin/schedules/{Uri.EscapeDataString(key)}?saved=true");
    }

    private static Microsoft.AspNetCore.Http.HttpResults.RazorComponentResult<ScheduleEditPage> Form(TabViewer viewer, ScheduleView view, IReadOnlyList<Unit> units, ScheduleInput input, IReadOnlyDictionary<string, string> errors, bool saved, IAntiforgery antiforgery, HttpContext context, int status = StatusCodes.Status200OK)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var frame = TabFrame.For(viewer, viewer.Texts.Admin.EditScheduleTitle(viewer.Texts.Admin.ScheduleName(view.Schedule.Key)), "/tab/admin/schedules");
        return TabPages.Page<ScheduleEditPage>(new ScheduleEditModel(frame, view, units, input, errors, saved, tokens.FormFieldName, tokens.RequestToken!), status);
    }

    private static Microsoft.AspNetCore.Http.HttpResults.RazorComponentResult<RefusalPage> NotFound(TabViewer viewer) =>
        TabPages.Page<RefusalPage>(new RefusalModel(TabFrame.For(viewer, viewer.Texts.Dashboard.NotFound, ""), viewer.Texts.Dashboard.NotFound), StatusCodes.Status404NotFound);

    private static async Task<IReadOnlyList<Unit>> UnitsAsync(PciBotDbContext db, CancellationToken ct) =>
        (await db.Units.AsNoTracking().OrderBy(u => u.Id).ToListAsync(ct)).Where(AdminCards.IsRecipient).ToList();
}
