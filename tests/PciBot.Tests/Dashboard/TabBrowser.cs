using Microsoft.Playwright;
using PciBot.Tests.Infrastructure;
using PciBot.Tests.Office;

namespace PciBot.Tests.Dashboard;

/// <summary>
/// The Office scenario (13 December 2023, Q4 open, a few updates stored) served over HTTP on loopback, and Debian's
/// Chromium driven by Playwright, shared by a class's tests. People sign in through the Development sign-in.
/// </summary>
public sealed class TabBrowser : IAsyncLifetime
{
    public const string Quarter = "2023-Q4";

    private IPlaywright playwright = null!;

    internal OfficeScenario Scenario { get; private set; } = null!;

    internal IBrowser Browser { get; private set; } = null!;

    internal Uri Address => Scenario.App.Address;

    /// <summary>Where the tests save what they see: PCIBOT_DASHBOARD_SCREENSHOTS (docs/dashboard to refresh the README's pictures), or the test output.</summary>
    internal static string ScreenshotDirectory { get; } = Directory.CreateDirectory(
        Environment.GetEnvironmentVariable("PCIBOT_DASHBOARD_SCREENSHOTS") is { Length: > 0 } folder
            ? Path.GetFullPath(folder, RepositoryRoot.Path)
            : Path.Combine(AppContext.BaseDirectory, "dashboard-screenshots")).FullName;

    public async Task InitializeAsync()
    {
        if (Chromium.SkipReason is not null)
        {
            return;
        }

        Scenario = await OfficeScenario.StartAsync(new Dictionary<string, string?> { [PciBotApp.OverHttp] = "true" });
        (playwright, Browser) = await Chromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
            playwright.Dispose();
        }

        if (Scenario is not null)
        {
            await Scenario.DisposeAsync();
        }
    }

    /// <summary>A new browser (its own cookies) signed in as <paramref name="aadObjectId"/>, on <paramref name="page"/>.</summary>
    internal async Task<IPage> SignInAsync(string aadObjectId, string page = $"/tab/overview?quarter={Quarter}", string locale = "vi-vn", string theme = "default", int width = 1280)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 }, Locale = locale });
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(new Uri(Address, $"/tab/dev-signin?as={aadObjectId}&locale={locale}&theme={theme}&returnUrl={Uri.EscapeDataString(page)}").ToString());
        return tab;
    }

    internal static string Screenshot(string name) => Path.Combine(ScreenshotDirectory, name);
}
