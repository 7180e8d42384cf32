using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace PciBot.Dashboard;

/// <summary>
/// The tab's session: a Teams token (or, in Development only, the demo sign-in) is exchanged once for a short-lived
/// cookie that holds the person's Entra object id, their Teams language and theme. Every page then asks
/// <see cref="TabGate"/> who that is today, so a role taken away counts at the next page.
/// </summary>
internal static class TabSession
{
    public const string CookieScheme = "PciBot.Tab";

    public const string TokenScheme = "PciBot.TabToken";

    public const string ObjectIdClaim = "oid";

    public const string LocaleClaim = "locale";

    public const string ThemeClaim = "theme";

    private static readonly string[] Themes = ["default", "dark", "contrast"];

    public static string ThemeOf(string? theme) => theme is not null && Themes.Contains(theme, StringComparer.Ordinal) ? theme : "default";

    public static async Task OpenAsync(HttpContext context, string aadObjectId, string? locale, string? theme)
    {
        var identity = new ClaimsIdentity(
            [
                new Claim(ObjectIdClaim, aadObjectId),
                new Claim(LocaleClaim, locale is { Length: > 0 and <= 20 } ? locale : "vi-vn"),
                new Claim(ThemeClaim, ThemeOf(theme)),
            ],
            CookieScheme);
        await context.SignInAsync(CookieScheme, new ClaimsPrincipal(identity), new AuthenticationProperties { IsPersistent = false });
    }

    public static async Task<ClaimsPrincipal?> ReadAsync(HttpContext context)
    {
        var result = await context.AuthenticateAsync(CookieScheme);
        return result.Succeeded ? result.Principal : null;
    }

    /// <summary>
    /// The cookie travels inside Teams' frame, a third-party context: in Production it is Secure, SameSite=None and
    /// Partitioned (kept per top-level site, which browsers that block third-party cookies still allow). In
    /// Development, where the pages are opened straight over http://localhost, it is an ordinary Lax cookie.
    /// </summary>
    public static void Configure(CookieAuthenticationOptions cookie, bool development, TimeSpan lifetime)
    {
        cookie.Cookie.Name = "pcibot-tab";
        cookie.Cookie.HttpOnly = true;
        cookie.Cookie.Path = "/tab";
        cookie.ExpireTimeSpan = lifetime;
        cookie.SlidingExpiration = false;
        if (development)
        {
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
        }
        else
        {
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            cookie.Cookie.SameSite = SameSiteMode.None;
            cookie.Cookie.Extensions.Add("Partitioned");
        }
    }
}
