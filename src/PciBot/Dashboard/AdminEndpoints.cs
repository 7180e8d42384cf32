using Microsoft.EntityFrameworkCore;
using PciBot.Admin;
using PciBot.Calendar;
using PciBot.Data;
using PciBot.Exports;
using PciBot.People;

namespace PciBot.Dashboard;

/// <summary>The admin pages that list: a year's days off, people and their roles, the audit log. Changes are made in the chat, on the bot's cards.</summary>
internal static class AdminEndpoints
{
    public static async Task<IResult> HolidaysAsync(int? year, HttpContext context, WorkingCalendarSource calendars, PciBotDbContext db, TimeProvider time, CancellationToken ct)
    {
        var viewer = TabViewer.Of(context);
        var shown = year is >= 2000 and <= 2100 ? year.Value : VietnamTime.Today(time).Year;
        var calendar = await calendars.GetAsync(ct);
        var first = new DateOnly(shown, 1, 1);
        var last = new DateOnly(shown, 12, 31);
        var changes = await db.HolidayExceptions.AsNoTracking().Where(e => e.Date >= first && e.Date <= last).OrderBy(e => e.Date).ToListAsync(ct);
        var frame = TabFrame.For(viewer, viewer.Texts.Admin.HolidaysTitle(shown), "/tab/admin/holidays");
        return TabPages.Page<HolidaysPage>(new HolidaysModel(frame, shown, calendar.NonWorkingDays(shown), calendar.SwappedWorkingDays(shown), changes));
    }

    /// <summary>People and their roles, with the roster import's template and the readiness workbook (the import itself is a file sent in the chat).</summary>
    public static async Task<IResult> PeopleAsync(HttpContext context, PciBotDbContext db, ExportLinks links, CancellationToken ct)
    {
        var viewer = TabViewer.Of(context);
        var people = await db.People.AsNoTracking().Include(p => p.Memberships).ThenInclude(m => m.Unit).OrderBy(p => p.Name).ToListAsync(ct);
        var frame = TabFrame.For(viewer, viewer.Texts.Dashboard.People, "/tab/admin/people");
        return TabPages.Page<PeoplePage>(new PeopleModel(
            frame,
            people.Select(p => new DevSignInPerson(p.AadObjectId, p.Name, PeopleViews.Roles(p, viewer.Texts))).ToList(),
            OnThisHost(links.For(RosterTemplate.Name, viewer.Person).Link),
            OnThisHost(links.For(ReadinessWorkbook.Name, viewer.Person).Link)));
    }

    /// <summary>A download link as a path: the tab is served by the host that serves the downloads, under whatever name the browser used.</summary>
    private static Uri OnThisHost(Uri link) => new(link.PathAndQuery, UriKind.Relative);

    public static async Task<IResult> AuditAsync(HttpContext context, PlanAdmin plans, CancellationToken ct)
    {
        var viewer = TabViewer.Of(context);
        var frame = TabFrame.For(viewer, viewer.Texts.Admin.AuditTitle, "/tab/admin/audit");
        return TabPages.Page<AuditPage>(new AuditModel(frame, await plans.AuditLinesAsync(viewer.Texts, ct)));
    }
}
