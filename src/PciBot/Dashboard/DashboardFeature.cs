using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace PciBot.Dashboard;

/// <summary>The Office dashboard: a Teams tab of server-rendered pages over what the features already compute.</summary>
internal static class DashboardFeature
{
    public static IHostApplicationBuilder AddDashboard(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DashboardOptions>()
            .BindConfiguration(DashboardOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.ApplicationIdUri.Length == 0 || o.ApplicationIdUri.StartsWith("api://", StringComparison.Ordinal), "Dashboard:ApplicationIdUri is the app registration's Application ID URI, api://<domain>/<client id>.")
            .ValidateOnStart();
        builder.Services.AddRazorComponents();
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "pcibot-tab-form";
            antiforgery.Cookie.Path = "/tab";
            antiforgery.Cookie.SameSite = development ? SameSiteMode.Lax : SameSiteMode.None;
            antiforgery.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });
        builder.Services.AddAuthentication()
            .AddCookie(TabSession.CookieScheme)
            .AddJwtBearer(TabSession.TokenScheme);
        builder.Services.AddOptions<CookieAuthenticationOptions>(TabSession.CookieScheme)
            .Configure<IOptions<DashboardOptions>, TimeProvider>((cookie, options, time) =>
            {
                TabSession.Configure(cookie, development, options.Value.SessionLifetime);
                cookie.TimeProvider = time;
            });
        builder.Services.AddOptions<JwtBearerOptions>(TabSession.TokenScheme)
            .Configure<IOptions<DashboardOptions>, TimeProvider>((jwt, options, time) => TabTokens.Configure(jwt, options.Value, time));
        return builder;
    }

    public static WebApplication MapDashboard(this WebApplication app)
    {
        // The admin forms are checked against cross-site posts: the session cookie travels in Teams' frame (SameSite=None).
        app.UseAntiforgery();
        var tab = app.MapGroup("/tab").WithTabHeaders();
        tab.MapGet("", TabSignIn.PageAsync);
        tab.MapPost("/session", TabSignIn.ExchangeAsync);
        tab.MapGet("/configure", TabSignIn.Configure);
        tab.MapGet("/assets/{**name}", (string name, HttpContext context) => TabAssets.Serve(name, context));
        if (app.Environment.IsDevelopment())
        {
            tab.MapGet("/dev-signin", TabSignIn.DevAsync);
        }

        var pages = tab.MapGroup("").RequireViewer(TabAccess.AnyRole);
        pages.MapGet("/overview", OverviewEndpoint.GetAsync);
        pages.MapGet("/overview/tasks", OverviewEndpoint.TasksAsync);
        pages.MapGet("/overview/not-reported", OverviewEndpoint.NotReportedAsync);
        pages.MapGet("/tasks/{taskId:int}", TaskEndpoint.GetAsync);
        pages.MapPost("/tasks/{taskId:int}/lines/{unitId:int}/{periodKey}", TaskEndpoint.UpdateAsync);

        var office = tab.MapGroup("/downloads").RequireViewer(TabAccess.Office);
        office.MapGet("", DownloadEndpoints.List);
        office.MapGet("/{file}", DownloadEndpoints.FileAsync);

        var admin = tab.MapGroup("/admin").RequireViewer(TabAccess.Admin);
        admin.MapGet("/schedules", ScheduleEndpoints.ListAsync);
        admin.MapGet("/schedules/{key}", ScheduleEndpoints.EditAsync);
        admin.MapPost("/schedules/{key}", ScheduleEndpoints.SaveAsync);
        admin.MapGet("/holidays", AdminEndpoints.HolidaysAsync);
        admin.MapGet("/people", AdminEndpoints.PeopleAsync);
        admin.MapGet("/audit", AdminEndpoints.AuditAsync);
        return app;
    }
}
