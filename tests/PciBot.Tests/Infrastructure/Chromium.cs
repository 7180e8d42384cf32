using Microsoft.Playwright;

namespace PciBot.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium, which `.ci/run` installs with apt; Playwright drives it and never downloads a browser of its own.
/// Without it the browser tests are skipped here, but on CI (CI set) they run and fail, so a missing browser is seen.
/// </summary>
internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static string? SkipReason =>
        File.Exists(ExecutablePath) || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
            ? null
            : $"{ExecutablePath} is missing (apt-get install chromium; .ci/run installs it)";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"{ExecutablePath} is missing: install Debian's chromium (apt-get install chromium), as .ci/run does.");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        return (playwright, browser);
    }
}
