using System.Security.Claims;
using PciBot.Kit.Roles;
using PciBot.Localization;
using PciBot.People;

namespace PciBot.Dashboard;

/// <summary>
/// In front of every page: without a session, the sign-in page; a session whose person has no role (or not the role
/// the page needs) gets a polite page in their language, with 403; otherwise the handler gets its <see cref="TabViewer"/>.
/// </summary>
internal static class TabGate
{
    public static RouteGroupBuilder RequireViewer(this RouteGroupBuilder group, TabAccess access)
    {
        group.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var session = await TabSession.ReadAsync(http);
            if (session is null)
            {
                return HttpMethods.IsGet(http.Request.Method)
                    ? Results.Redirect($"/tab?returnUrl={Uri.EscapeDataString(http.Request.Path + http.Request.QueryString)}")
                    : Results.Unauthorized();
            }

            var objectId = session.FindFirstValue(TabSession.ObjectIdClaim);
            var texts = BotTexts.For(session.FindFirstValue(TabSession.LocaleClaim));
            var theme = TabSession.ThemeOf(session.FindFirstValue(TabSession.ThemeClaim));
            var person = await http.RequestServices.GetRequiredService<Askers>().FindAsync(objectId, http.RequestAborted);
            var allowed = access switch
            {
                TabAccess.Admin => person.MayAdminister,
                TabAccess.Office => person.IsOfficeOrAdmin,
                _ => person.IsOfficeOrAdmin || person is { HasUnits: true },
            };
            if (!allowed)
            {
                var logger = http.RequestServices.GetRequiredService<ILogger<TabViewer>>();
                if (logger.IsEnabled(LogLevel.Information))
                {
                    DashboardLog.Refused(logger, http.Request.Path.Value ?? "", objectId);
                }

                var hasRole = person.IsOfficeOrAdmin || person is { HasUnits: true };
                return TabPages.Refusal(texts, theme, hasRole ? texts.Dashboard.NotYourPage : texts.Dashboard.NotAllowed, showNavigation: hasRole, person: hasRole ? person : null);
            }

            http.Items[typeof(TabViewer)] = new TabViewer(person!, texts, theme);
            return await next(context);
        });
        return group;
    }
}
