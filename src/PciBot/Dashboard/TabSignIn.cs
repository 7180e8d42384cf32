using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PciBot.Data;
using PciBot.Localization;
using PciBot.People;

namespace PciBot.Dashboard;

/// <summary>
/// How a person gets a session. In Teams: the sign-in page asks TeamsJS for a token and posts it once to
/// <c>/tab/session</c>, which checks it (signature, issuer and tenant, audience, lifetime) and answers with the session
/// cookie. In Development only: <c>/tab/dev-signin</c> signs in as a person of the demo roster.
/// </summary>
internal static class TabSignIn
{
    public const string DefaultPage = "/tab/overview";

    /// <summary>Only the tab's own pages: anything else (another host, "//…") goes to the overview.</summary>
    public static string ReturnUrlOf(string? returnUrl) =>
        returnUrl is { Length: > 5 } url && url.StartsWith("/tab/", StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal)
            ? url
            : DefaultPage;

    public static async Task<IResult> PageAsync(string? returnUrl, string? locale, string? theme, HttpContext context, IWebHostEnvironment environment)
    {
        var target = ReturnUrlOf(returnUrl);
        if (await TabSession.ReadAsync(context) is not null)
        {
            return Results.Redirect(target);
        }

        var texts = BotTexts.For(locale);
        var frame = new TabFrame(texts, TabSession.ThemeOf(theme), texts.Dashboard.AppName, []);
        var dev = environment.IsDevelopment() ? $"/tab/dev-signin?returnUrl={Uri.EscapeDataString(target)}" : null;
        return TabPages.Page<SignInPage>(new SignInModel(frame, target, dev));
    }

    /// <summary>The channel tab's configuration page: it tells Teams to show the dashboard; nothing is read or shown.</summary>
    public static IResult Configure(string? locale, string? theme)
    {
        var texts = BotTexts.For(locale);
        return TabPages.Page<ConfigurePage>(new RefusalModel(new TabFrame(texts, TabSession.ThemeOf(theme), texts.Dashboard.ConfigureTitle, []), texts.Dashboard.ConfigureHint));
    }

    public static async Task<IResult> ExchangeAsync(string? locale, string? theme, HttpContext context, IOptions<DashboardOptions> options, ILogger<TabViewer> logger)
    {
        if (!options.Value.IsConfigured)
        {
            DashboardLog.SsoNotConfigured(logger);
            return Results.Unauthorized();
        }

        var result = await context.AuthenticateAsync(TabSession.TokenScheme);
        if (!result.Succeeded)
        {
            DashboardLog.SignInRefused(logger, result.Failure?.Message ?? "no token");
            return Results.Unauthorized();
        }

        var principal = result.Principal;
        var tenant = principal.FindFirstValue("tid");
        var objectId = principal.FindFirstValue("oid");
        if (!string.Equals(tenant, options.Value.TenantId, StringComparison.OrdinalIgnoreCase) || objectId is not { Length: > 0 })
        {
            DashboardLog.SignInRefused(logger, $"tenant {tenant}, object id {(objectId is null ? "missing" : "present")}");
            return Results.Unauthorized();
        }

        await TabSession.OpenAsync(context, objectId, locale, theme);
        DashboardLog.SessionOpened(logger, objectId, "Teams");
        return Results.NoContent();
    }

    public static async Task<IResult> DevAsync(string? @as, string? returnUrl, string? locale, string? theme, HttpContext context, PciBotDbContext db, ILogger<TabViewer> logger, CancellationToken ct)
    {
        var target = ReturnUrlOf(returnUrl);
        if (@as is { Length: > 0 and <= 64 } objectId && objectId.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            await TabSession.OpenAsync(context, objectId, locale, theme);
            DashboardLog.SessionOpened(logger, @as!, "Development sign-in");
            return Results.Redirect(target);
        }

        var texts = BotTexts.For(locale);
        var people = await db.People.AsNoTracking().Include(p => p.Memberships).ThenInclude(m => m.Unit).OrderBy(p => p.Name).ToListAsync(ct);
        var rows = people.Select(p => new DevSignInPerson(p.AadObjectId, p.Name, PeopleViews.Roles(p, texts))).ToList();
        var frame = new TabFrame(texts, TabSession.ThemeOf(theme), texts.Dashboard.DevSignInTitle, []);
        return TabPages.Page<DevSignInPage>(new DevSignInModel(frame, target, rows));
    }
}
