using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PciBot.Calendar;
using PciBot.Dashboard;
using PciBot.Digests;
using PciBot.Status;
using PciBot.Tests.Infrastructure;
using PciBot.Updates;

namespace PciBot.Tests.Dashboard;

/// <summary>The dashboard tab in Chromium, on the Office scenario's clock: who sees what, the numbers, accessibility.</summary>
public sealed class DashboardPagesTests(TabBrowser tab) : IClassFixture<TabBrowser>
{
    private static readonly ReportingPeriod Q4 = ReportingPeriods.Of(PeriodKind.Quarter, 2023, 4);

    private async Task<Digest> DigestAsync()
    {
        await using var scope = tab.Scenario.App.Scope();
        var since = VietnamTime.AtLocal(Q4.Start, TimeOnly.MinValue);
        return (await scope.ServiceProvider.GetRequiredService<DigestBuilder>().BuildAsync(Q4, since, CancellationToken.None))!;
    }

    private static Dictionary<string, int> Keyed(IReadOnlyDictionary<ReportStatus, int> counts) =>
        OverviewModel.Statuses.ToDictionary(OverviewModel.StatusKey, s => counts.GetValueOrDefault(s));

    [BrowserFact]
    public async Task TheOfficeSeesEveryUnitWithTheDigestsNumbersForTheSameClock()
    {
        var page = await tab.SignInAsync(tab.Scenario.Updates.People["office"].AadObjectId);

        Assert.Equal("/tab/overview", new Uri(page.Url).AbsolutePath);
        var digest = await DigestAsync();
        var byUnit = await TabTables.CountsAsync(page, "table-unit", "unit");
        Assert.Equal(digest.ByUnit.Select(u => u.UnitName).Order(), byUnit.Keys.Order());
        foreach (var unit in digest.ByUnit)
        {
            Assert.Equal(Keyed(unit.Counts), byUnit[unit.UnitName]);
        }

        var byIndex = await TabTables.CountsAsync(page, "table-index", "index");
        Assert.Equal(digest.ByIndex.Count, byIndex.Count);
        foreach (var index in digest.ByIndex)
        {
            Assert.Equal(Keyed(index.Counts), byIndex[index.Code]);
        }

        var late = await page.Locator("#not-reported-list li[data-unit]").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.unit)");
        Assert.Equal(digest.NotReported.Select(u => u.UnitName), late);
        Assert.Contains(Office.OfficeScenario.Obstacle, await page.InnerTextAsync("main"));

        var drawn = await page.EvaluateAsync<int>("() => Chart.getChart(document.getElementById('chart-unit')).data.datasets.flatMap(d => d.data).reduce((a, b) => a + b, 0)");
        Assert.Equal(digest.ByUnit.Sum(u => u.Counts.Values.Sum()), drawn);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = TabBrowser.Screenshot("overview.png"), FullPage = true });
        await page.Locator("#chart-index").ScreenshotAsync(new LocatorScreenshotOptions { Path = TabBrowser.Screenshot("chart-by-index.png") });
    }

    [BrowserFact]
    public async Task AHeadSeesTheOverviewAndTasksOfTheirOwnUnitsOnly()
    {
        var head = tab.Scenario.Updates.People["TTBCXB"];
        var names = await tab.Scenario.UnitNamesAsync();
        var page = await tab.SignInAsync(head.AadObjectId);

        var byUnit = await TabTables.CountsAsync(page, "table-unit", "unit");
        Assert.Equal([names["TTBCXB"]], byUnit.Keys);
        var digest = await DigestAsync();
        Assert.Equal(Keyed(digest.ByUnit.Single(u => u.UnitName == names["TTBCXB"]).Counts), byUnit[names["TTBCXB"]]);
        var tasks = await page.Locator("#table-tasks tbody tr").CountAsync();
        var rollup = await tab.Scenario.RollupAsync();
        Assert.Equal(rollup.Tasks.Count(t => t.Lines.Any(l => l.UnitName == names["TTBCXB"])), tasks);
        Assert.True(tasks < rollup.Tasks.Count());
        Assert.Empty(await page.Locator("nav a[href='/tab/admin/schedules']").AllAsync());

        var notTheirs = rollup.Tasks.First(t => t.Lines.Count > 0 && t.Lines.All(l => l.UnitName != names["TTBCXB"]));
        var refused = await page.GotoAsync(new Uri(tab.Address, $"/tab/tasks/{notTheirs.TaskId}?quarter={TabBrowser.Quarter}").ToString());
        Assert.Equal(403, refused!.Status);
        var admin = await page.GotoAsync(new Uri(tab.Address, "/tab/admin/schedules").ToString());
        Assert.Equal(403, admin!.Status);
        Assert.Contains("Trang này dành cho Văn phòng và quản trị viên", await page.InnerTextAsync("main"));
    }

    [BrowserFact]
    public async Task SomeoneWithoutARoleGetsAPolitePageInTheirLanguageAndNoFigures()
    {
        var page = await tab.SignInAsync("aad-stranger");
        Assert.Contains("Bạn chưa có quyền xem trang này", await page.InnerTextAsync("h1"));
        Assert.Equal(0, await page.Locator("table").CountAsync());
        Assert.Equal(0, await page.Locator("nav").CountAsync());

        var english = await tab.SignInAsync("aad-stranger", locale: "en-us");
        Assert.Contains("You cannot see this page yet", await english.InnerTextAsync("h1"));
        var answer = await english.GotoAsync(new Uri(tab.Address, "/tab/tasks/1").ToString());
        Assert.Equal(403, answer!.Status);
        await english.ScreenshotAsync(new PageScreenshotOptions { Path = TabBrowser.Screenshot("refused.png") });
    }

    [BrowserFact]
    public async Task WithoutASessionEveryPageLeadsToTheSignInPageAndNotToData()
    {
        var context = await tab.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(tab.Address, $"/tab/overview?quarter={TabBrowser.Quarter}").ToString());

        Assert.Equal("/tab", new Uri(page.Url).AbsolutePath);
        Assert.True(await page.Locator("[data-state='outside']").IsVisibleAsync());
        Assert.Equal(0, await page.Locator("table").CountAsync());
    }

    [BrowserFact]
    public async Task ATaskPageShowsEveryLineWithItsLatestUpdateAndTheHistoryNewestFirst()
    {
        var taskId = await tab.Scenario.TaskIdAsync("PCI 1");
        var page = await tab.SignInAsync(tab.Scenario.Updates.People["office"].AadObjectId, $"/tab/tasks/{taskId}?quarter={TabBrowser.Quarter}");

        var rollup = await tab.Scenario.RollupAsync();
        var task = rollup.Tasks.Single(t => t.TaskId == taskId);
        Assert.Equal(task.Lines.Count, await page.Locator("#table-lines tbody tr").CountAsync());
        var names = await tab.Scenario.UnitNamesAsync();
        Assert.Contains(Office.OfficeScenario.VietnameseResult, await page.Locator($"#table-lines tr[data-unit='{names["VP"]}']").InnerTextAsync());
        var history = await page.Locator("#history-list > li").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.unit + ' ' + i.dataset.period)");
        var stored = await tab.Scenario.App.WithDbAsync(db => db.ProgressUpdates.Where(u => u.TaskId == taskId && u.PeriodKey == TabBrowser.Quarter).ToListAsync());
        Assert.Equal(
            stored.OrderByDescending(u => u.SubmittedAt).ThenByDescending(u => u.Sequence).Select(u => $"{names.Single(n => tab.Scenario.Updates.Unit(n.Key) == u.UnitId).Value} {u.PeriodKey}"),
            history);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = TabBrowser.Screenshot("task.png"), FullPage = true });
    }

    [BrowserFact]
    public async Task TheWholeTaskListAndEveryUnitNotReportedHaveTheirOwnPages()
    {
        var page = await tab.SignInAsync(tab.Scenario.Updates.People["office"].AadObjectId, $"/tab/overview/tasks?quarter={TabBrowser.Quarter}&page=1");
        var rollup = await tab.Scenario.RollupAsync();
        var listed = await page.Locator("#table-tasks tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.task)");
        Assert.Equal(rollup.Tasks.Take(PciBot.Dashboard.OverviewModel.TasksPerPage).Select(t => t.Key.ToString()), listed);

        await page.GotoAsync(new Uri(tab.Address, $"/tab/overview/not-reported?quarter={TabBrowser.Quarter}").ToString());
        var late = await page.Locator("#not-reported-list li[data-unit]").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.unit)");
        Assert.Equal((await DigestAsync()).NotReported.Select(u => u.UnitName), late);
    }

    [BrowserFact]
    public async Task TheOverviewFollowsTeamsDarkThemeAndFitsANarrowTab()
    {
        var page = await tab.SignInAsync(tab.Scenario.Updates.People["office"].AadObjectId, locale: "en-us", theme: "dark", width: 400);

        Assert.Equal("dark", await page.GetAttributeAsync("html", "data-theme"));
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains("Overview of", await page.InnerTextAsync("h1"));
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the page is {overflow} px wider than a 400 px tab");
        var background = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('section')).backgroundColor");
        Assert.NotEqual("rgb(255, 255, 255)", background);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = TabBrowser.Screenshot("overview-dark-narrow.png"), FullPage = true });
    }

    [BrowserFact]
    public async Task TheFirstLoadOfTheOverviewWeighsUnder500KilobytesAndComesOnlyFromTheBot()
    {
        var context = await tab.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var hosts = new List<string>();
        var bytes = 0L;
        page.Response += (_, response) =>
        {
            hosts.Add(new Uri(response.Url).Authority);
            if (response.Headers.TryGetValue("content-length", out var length))
            {
                bytes += long.Parse(length, System.Globalization.CultureInfo.InvariantCulture);
            }
        };
        await page.GotoAsync(new Uri(tab.Address, $"/tab/dev-signin?as={tab.Scenario.Updates.People["office"].AadObjectId}&returnUrl=/tab/overview").ToString());
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var html = await page.ContentAsync();

        Assert.All(hosts, host => Assert.Equal(tab.Address.Authority, host));
        Assert.True(bytes + System.Text.Encoding.UTF8.GetByteCount(html) < 500_000, $"first load: {bytes} bytes of files and {html.Length} characters of page");
    }

    [BrowserFact]
    public async Task PagesHaveNoSeriousOrCriticalAccessibilityViolationsInAnyTheme()
    {
        var office = tab.Scenario.Updates.People["office"].AadObjectId;
        var taskId = await tab.Scenario.TaskIdAsync("PGI 2");
        var pages = new List<(string Name, IPage Page)>();
        foreach (var theme in new[] { "default", "dark", "contrast" })
        {
            pages.Add(($"overview ({theme})", await tab.SignInAsync(office, theme: theme)));
        }

        pages.Add(("task", await tab.SignInAsync(office, $"/tab/tasks/{taskId}?quarter={TabBrowser.Quarter}")));
        pages.Add(("refused", await tab.SignInAsync("aad-stranger")));
        var context = await tab.Browser.NewContextAsync();
        var signIn = await context.NewPageAsync();
        await signIn.GotoAsync(new Uri(tab.Address, "/tab").ToString());
        pages.Add(("sign-in", signIn));

        var problems = new List<string>();
        foreach (var (name, page) in pages)
        {
            var result = await page.RunAxe();
            problems.AddRange(result.Violations
                .Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{name}: {v.Id} ({v.Impact}) {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
