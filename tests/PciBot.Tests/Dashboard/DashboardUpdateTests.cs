using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PciBot.Calendar;
using PciBot.Digests;
using PciBot.Tests.Infrastructure;
using PciBot.Updates;

namespace PciBot.Tests.Dashboard;

/// <summary>A head updates their unit's lines on the task page, through the update card's own submit, in Chromium.</summary>
public sealed class DashboardUpdateTests(TabBrowser tab) : IClassFixture<TabBrowser>
{
    private const string Head = "TTBCXB";

    private Task<int> CountAsync(int taskId) => tab.Scenario.App.WithDbAsync(db => db.ProgressUpdates.CountAsync(u => u.TaskId == taskId));

    /// <summary>The tasks the head's unit leads in the quarter, in the rollup's order.</summary>
    private async Task<IReadOnlyList<int>> HeadTasksAsync()
    {
        var names = await tab.Scenario.UnitNamesAsync();
        var rollup = await tab.Scenario.RollupAsync();
        return rollup.Tasks.Where(t => t.Lines.Any(l => l.UnitName == names[Head])).Select(t => t.TaskId).ToList();
    }

    private async Task<(IPage Page, ILocator Form)> OpenAsync(int taskId, string locale = "vi-vn")
    {
        var page = await tab.SignInAsync(tab.Scenario.Updates.People[Head].AadObjectId, $"/tab/tasks/{taskId}?quarter={TabBrowser.Quarter}", locale);
        var names = await tab.Scenario.UnitNamesAsync();
        var form = page.Locator($"details.line-form[data-unit='{names[Head]}']").First;
        await form.Locator("summary").ClickAsync();
        return (page, form);
    }

    [BrowserFact]
    public async Task AHeadUpdatesTheirLineAndSeesItAtTheTopOfTheHistoryAndInTheOverview()
    {
        var taskId = (await HeadTasksAsync())[0];
        var (page, form) = await OpenAsync(taskId);
        var period = await form.GetAttributeAsync("data-period");
        var before = await CountAsync(taskId);
        const string Obstacle = "Chờ phê duyệt dự toán kinh phí năm 2024";

        await form.Locator($"input[name='status'][value='{ProgressStatus.Blocked}']").CheckAsync();
        await form.Locator("input[name='percent']").FillAsync("65");
        await form.Locator("textarea[name='result']").FillAsync("Đã hoàn thành dự thảo kế hoạch");
        await form.Locator("textarea[name='obstacles']").FillAsync(Obstacle);
        var answer = await page.RunAndWaitForResponseAsync(() => form.Locator("button[type='submit']").ClickAsync(), r => r.Request.Method == "POST");
        await page.WaitForSelectorAsync("#update-saved");

        Assert.Equal(302, answer.Status);
        Assert.Equal($"/tab/tasks/{taskId}", new Uri(page.Url).AbsolutePath);
        Assert.Equal(before + 1, await CountAsync(taskId));
        var stored = await tab.Scenario.App.WithDbAsync(db => db.ProgressUpdates.Where(u => u.TaskId == taskId).OrderByDescending(u => u.Id).FirstAsync());
        Assert.Equal((ProgressStatus.Blocked, 65, Obstacle, period), (stored.Status, stored.PercentDone, stored.Obstacles, stored.PeriodKey));
        Assert.Equal(tab.Scenario.Updates.People[Head].Id, stored.PersonId);
        var top = await page.Locator("#history-list > li").First.InnerTextAsync();
        Assert.Contains(Obstacle, top);
        Assert.Contains("65%", top);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = TabBrowser.Screenshot("task-update.png"), FullPage = true });

        await page.GotoAsync(new Uri(tab.Address, $"/tab/overview?quarter={TabBrowser.Quarter}").ToString());
        Assert.Contains(Obstacle, await page.InnerTextAsync("main"));
        await using var scope = tab.Scenario.App.Scope();
        var quarter = ReportingPeriods.Of(PeriodKind.Quarter, 2023, 4);
        var digest = await scope.ServiceProvider.GetRequiredService<DigestBuilder>().BuildAsync(quarter, VietnamTime.AtLocal(quarter.Start, TimeOnly.MinValue), CancellationToken.None);
        Assert.Contains(digest!.NewObstacles, o => o.TaskId == taskId && o.Obstacles == Obstacle);
    }

    [BrowserFact]
    public async Task TheSameFormPostedTwiceStoresOneUpdate()
    {
        var taskId = (await HeadTasksAsync())[1];
        var (page, form) = await OpenAsync(taskId);
        var action = new Uri(tab.Address, await form.Locator("form").GetAttributeAsync("action")).ToString();
        var data = page.Context.APIRequest.CreateFormData();
        foreach (var hidden in await form.Locator("input[type='hidden']").AllAsync())
        {
            data.Set((await hidden.GetAttributeAsync("name"))!, (await hidden.GetAttributeAsync("value"))!);
        }

        data.Set("status", nameof(ProgressStatus.InProgress)).Set("percent", "40").Set("result", "Đang tổng hợp số liệu");
        var before = await CountAsync(taskId);

        var first = await page.Context.APIRequest.PostAsync(action, new APIRequestContextOptions { Form = data, MaxRedirects = 0 });
        var second = await page.Context.APIRequest.PostAsync(action, new APIRequestContextOptions { Form = data, MaxRedirects = 0 });

        Assert.Equal((302, 302), (first.Status, second.Status));
        Assert.Equal(before + 1, await CountAsync(taskId));
    }

    [BrowserFact]
    public async Task AHeadPostingToAnotherUnitsLineIsRefusedPolitelyAndNothingIsStored()
    {
        var (page, form) = await OpenAsync((await HeadTasksAsync())[0]);
        var token = form.Locator("input[type='hidden']").First;
        var other = await tab.Scenario.TaskIdAsync("PCI 1");
        var before = await CountAsync(other);
        var data = page.Context.APIRequest.CreateFormData()
            .Set((await token.GetAttributeAsync("name"))!, (await token.GetAttributeAsync("value"))!)
            .Set("formId", "a1b2c3d4e5f60718293a4b5c6d7e8f90")
            .Set("status", nameof(ProgressStatus.Done))
            .Set("percent", "100");

        var answer = await page.Context.APIRequest.PostAsync(
            new Uri(tab.Address, $"/tab/tasks/{other}/lines/{tab.Scenario.Updates.Unit("VP")}/{TabBrowser.Quarter}").ToString(),
            new APIRequestContextOptions { Form = data, MaxRedirects = 0 });

        Assert.Equal(403, answer.Status);
        await page.SetContentAsync(await answer.TextAsync());
        Assert.Contains("Bạn không được cập nhật dòng này", await page.InnerTextAsync("main"));
        Assert.Equal(before, await CountAsync(other));
    }

    [BrowserFact]
    public async Task AnImpossiblePercentIsRefusedUnderItsFieldInThePersonsLanguageAndNothingIsStored()
    {
        var taskId = (await HeadTasksAsync())[0];
        foreach (var (locale, message) in new[] { ("vi-vn", "Nhập một số từ 0 đến 100."), ("en-us", "Enter a number from 0 to 100.") })
        {
            var (page, form) = await OpenAsync(taskId, locale);
            var prefix = await form.GetAttributeAsync("id");
            var before = await CountAsync(taskId);

            await form.Locator($"input[name='status'][value='{ProgressStatus.InProgress}']").CheckAsync();
            await form.Locator("input[name='percent']").FillAsync("150");
            var answer = await page.RunAndWaitForResponseAsync(() => form.Locator("button[type='submit']").ClickAsync(), r => r.Request.Method == "POST");

            Assert.Equal(422, answer.Status);
            Assert.Equal(message, (await page.InnerTextAsync($"#{prefix}-percent-error")).Trim());
            Assert.Equal("true", await page.GetAttributeAsync($"#{prefix}-percent", "aria-invalid"));
            Assert.Equal("150", await page.InputValueAsync($"#{prefix}-percent"));
            Assert.Equal(before, await CountAsync(taskId));
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = TabBrowser.Screenshot($"task-update-refused-{locale}.png"), FullPage = true });
        }
    }

    [BrowserFact]
    public async Task TheTaskPageWithItsFormsHasNoSeriousOrCriticalAccessibilityViolations()
    {
        var (page, _) = await OpenAsync((await HeadTasksAsync())[0]);
        await page.EvaluateAsync("() => document.querySelectorAll('details.line-form').forEach(d => d.open = true)");
        Assert.True(await page.Locator("details.line-form form").CountAsync() > 0);

        var result = await page.RunAxe();
        var problems = result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}) {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}")
            .ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
