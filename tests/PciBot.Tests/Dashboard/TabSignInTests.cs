using System.Net;
using System.Net.Http.Headers;
using PciBot.People;
using PciBot.Testing;
using PciBot.Tests.Infrastructure;

namespace PciBot.Tests.Dashboard;

/// <summary>
/// The tab's Teams single sign-on: the token TeamsJS gives is posted once to /tab/session and checked like the bot's own
/// inbound tokens, against a local stand-in for Entra (its metadata and key on loopback): only a good one opens a session.
/// </summary>
public sealed class TabSignInTests : IAsyncLifetime
{
    private const string OfficeObjectId = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";

    private TokenIssuer issuer = null!;
    private PciBotApp app = null!;

    public async Task InitializeAsync()
    {
        issuer = await TokenIssuer.StartAsync();
        var settings = new Dictionary<string, string?>(issuer.TabSettings) { [PciBotApp.EnvironmentName] = "Production" };
        foreach (var (key, value) in issuer.BotSettings)
        {
            settings[key] = value;
        }

        settings["Demo:RosterFile"] = "";
        app = PciBotApp.Create(settings: settings);
        await app.WithDbAsync(async db =>
        {
            db.Add(new Person { AadObjectId = OfficeObjectId, Name = "Cán bộ Văn phòng", IsOfficeStaff = true, TenantId = TokenIssuer.TenantId });
            return await db.SaveChangesAsync();
        });
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await issuer.DisposeAsync();
    }

    private async Task<(HttpStatusCode Status, HttpClient Client, HttpResponseMessage Answer)> ExchangeAsync(string? token)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/tab/session?locale=vi-vn&theme=dark");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var answer = await client.SendAsync(request);
        return (answer.StatusCode, client, answer);
    }

    [Fact]
    public async Task AGoodTokenForTheApplicationIdUriOpensASecureSessionThatShowsTheOverview()
    {
        var (status, client, answer) = await ExchangeAsync(issuer.CreateTabToken(app.Clock.GetUtcNow(), OfficeObjectId));

        Assert.Equal(HttpStatusCode.NoContent, status);
        var cookie = Assert.Single(answer.Headers.GetValues("Set-Cookie"), c => c.StartsWith("pcibot-tab=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=none", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("partitioned", cookie, StringComparison.OrdinalIgnoreCase);
        var overview = await client.GetAsync("/tab/overview?quarter=2023-Q4");
        Assert.Equal(HttpStatusCode.OK, overview.StatusCode);
        Assert.Contains("data-theme=\"dark\"", await overview.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATokenForTheClientIdIsAlsoGood()
    {
        var (status, _, _) = await ExchangeAsync(issuer.CreateTabToken(app.Clock.GetUtcNow(), OfficeObjectId, audience: TokenIssuer.AppId));
        Assert.Equal(HttpStatusCode.NoContent, status);
    }

    [Fact]
    public async Task AnExpiredTokenIsRefused()
    {
        var (status, client, answer) = await ExchangeAsync(issuer.CreateTabToken(app.Clock.GetUtcNow().AddHours(-2), OfficeObjectId));
        await AssertRefusedAsync(status, client, answer);
    }

    [Fact]
    public async Task ATokenForAnotherAudienceIsRefused()
    {
        var (status, client, answer) = await ExchangeAsync(issuer.CreateTabToken(app.Clock.GetUtcNow(), OfficeObjectId, audience: "api://other.example/11111111-2222-3333-4444-555555555555"));
        await AssertRefusedAsync(status, client, answer);
    }

    [Fact]
    public async Task ATokenOfAnotherTenantIsRefused()
    {
        var (status, client, answer) = await ExchangeAsync(issuer.CreateTabToken(app.Clock.GetUtcNow(), OfficeObjectId, tenant: "0c1d2e3f-0000-4000-8000-000000000000"));
        await AssertRefusedAsync(status, client, answer);
    }

    [Fact]
    public async Task ATokenSignedWithAnUnpublishedKeyIsRefused()
    {
        var (status, client, answer) = await ExchangeAsync(issuer.CreateTabToken(app.Clock.GetUtcNow(), OfficeObjectId, foreignKey: true));
        await AssertRefusedAsync(status, client, answer);
    }

    [Fact]
    public async Task NoTokenIsRefused()
    {
        var (status, client, answer) = await ExchangeAsync(null);
        await AssertRefusedAsync(status, client, answer);
    }

    [Fact]
    public async Task WithoutASessionAPageSendsToTheSignInPageWhichLoadsNothingFromElsewhere()
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var overview = await client.GetAsync("/tab/overview");
        Assert.Equal(HttpStatusCode.Redirect, overview.StatusCode);
        Assert.StartsWith("/tab?returnUrl=", overview.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var signIn = await client.GetAsync(overview.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        var policy = Assert.Single(signIn.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'self' https://teams.microsoft.com", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("dev-signin", await signIn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheChannelTabsConfigurationPageNeedsNoSessionAndShowsNoFigure()
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var answer = await client.GetAsync("/tab/configure?locale=en-us");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var page = await answer.Content.ReadAsStringAsync();
        Assert.Contains("id=\"tab-configure\"", page, StringComparison.Ordinal);
        Assert.Contains("Add the PciBot dashboard", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<table", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDevelopmentSignInDoesNotExistInProduction()
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var answer = await client.GetAsync($"/tab/dev-signin?as={OfficeObjectId}");

        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        Assert.False(answer.Headers.Contains("Set-Cookie"));
    }

    private static async Task AssertRefusedAsync(HttpStatusCode status, HttpClient client, HttpResponseMessage answer)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.False(answer.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("pcibot-tab=", StringComparison.Ordinal)));
        var overview = await client.GetAsync("/tab/overview");
        Assert.Equal(HttpStatusCode.Redirect, overview.StatusCode);
    }
}
