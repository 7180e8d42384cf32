namespace PciBot.Dashboard;

/// <summary>
/// What every answer of the tab says to the browser: load scripts, styles, images and connections only from the bot
/// itself (no third-party host, no inline script), be framed only by Teams and Microsoft 365, and keep no page in a cache.
/// </summary>
internal static class TabHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "form-action 'self'; base-uri 'none'; frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com " +
        "https://*.teams.microsoft.us https://*.cloud.microsoft https://*.office.com https://outlook.office.com https://*.skype.com";

    public static RouteGroupBuilder WithTabHeaders(this RouteGroupBuilder group)
    {
        group.AddEndpointFilter(async (context, next) =>
        {
            var headers = context.HttpContext.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
            if (!context.HttpContext.Request.Path.StartsWithSegments("/tab/assets", StringComparison.Ordinal))
            {
                headers.CacheControl = "no-store";
            }

            return await next(context);
        });
        return group;
    }
}
