using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PciBot.Audit;
using PciBot.Calendar;
using PciBot.Schedules;
using PciBot.Tests.Infrastructure;
using Quartz;

namespace PciBot.Tests.Dashboard;

/// <summary>The admin pages and the downloads in Chromium: a schedule edited moves its Quartz trigger; bad entries are refused.</summary>
public sealed class DashboardAdminTests(TabBrowser tab) : IClassFixture<TabBrowser>
{
    private string Admin => tab.Scenario.Updates.People["admin"].AadObjectId;

    private async Task<DateTimeOffset?> NextFireAsync(string key)
    {
        var scheduler = await tab.Scenario.App.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        return (await scheduler.GetTrigger(ScheduleJob.TriggerFor(key)))?.NextFireTimeUtc;
    }

    [BrowserFact]
    public async Task AnAdminMovesTheDigestToWednesdaysOnTheSchedulePageAndItsQuartzTriggerMovesAtOnce()
    {
        var page = await tab.SignInAsync(Admin, "/tab/admin/schedules/digest");
        var before = await NextFireAsync("digest");

        await page.SelectOptionAsync("#rule", "Weekly");
        await page.FillAsync("#ruleValue", "thứ 4");
        await page.FillAsync("#timeOfDay", "07:45");
        await page.ClickAsync("button[type='submit']");
        await page.WaitForSelectorAsync("#schedule-saved");

        var wednesday = VietnamTime.AtLocal(new DateOnly(2023, 12, 20), new TimeOnly(7, 45));
        Assert.NotEqual(before, await NextFireAsync("digest"));
        Assert.Equal(wednesday, await NextFireAsync("digest"));
        Assert.Contains(CalendarTexts.LocalMoment(wednesday), await page.InnerTextAsync("#next-fires"));
        var audit = await tab.Scenario.App.WithDbAsync(db => db.AuditEntries.Where(a => a.Subject == "digest").ToListAsync());
        Assert.Equal("schedule.edit", Assert.Single(audit).Action);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = TabBrowser.Screenshot("schedule-edit.png"), FullPage = true });

        await page.GotoAsync(new Uri(tab.Address, "/tab/admin/schedules").ToString());
        Assert.Contains(CalendarTexts.LocalMoment(wednesday), await page.InnerTextAsync("tr[data-schedule='digest'] .next-fires"));
        await page.GotoAsync(new Uri(tab.Address, "/tab/admin/audit").ToString());
        Assert.Contains("07:45", await page.InnerTextAsync("#table-audit"));
    }

    [BrowserFact]
    public async Task AnImpossibleTimeIsRefusedWithItsReasonAndNothingIsSaved()
    {
        var page = await tab.SignInAsync(Admin, "/tab/admin/schedules/monthly");
        var before = await NextFireAsync("monthly");
        var stored = await tab.Scenario.App.WithDbAsync(db => db.Schedules.AsNoTracking().SingleAsync(s => s.Key == "monthly"));

        await page.FillAsync("#timeOfDay", "25:99");
        var answer = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("button[type='submit']"), r => r.Request.Method == "POST");

        Assert.Equal(422, answer.Status);
        Assert.True(await page.Locator("#timeOfDay-error").IsVisibleAsync());
        Assert.Equal("true", await page.GetAttributeAsync("#timeOfDay", "aria-invalid"));
        Assert.Equal("25:99", await page.InputValueAsync("#timeOfDay"));
        var after = await tab.Scenario.App.WithDbAsync(db => db.Schedules.AsNoTracking().SingleAsync(s => s.Key == "monthly"));
        Assert.Equal(stored.TimeOfDay, after.TimeOfDay);
        Assert.Equal(before, await NextFireAsync("monthly"));
        Assert.Empty(await tab.Scenario.App.WithDbAsync(db => db.AuditEntries.Where(a => a.Subject == "monthly").ToListAsync()));
    }

    [BrowserFact]
    public async Task AFormPostedWithoutItsAntiforgeryTokenIsRefused()
    {
        var page = await tab.SignInAsync(Admin, "/tab/admin/schedules/monthly");
        var answer = await page.APIRequest.PostAsync(new Uri(tab.Address, "/tab/admin/schedules/monthly").ToString(), new APIRequestContextOptions
        {
            Form = page.Context.APIRequest.CreateFormData().Set("timeOfDay", "06:00"),
        });

        Assert.Equal(400, answer.Status);
        Assert.NotEqual(new TimeOnly(6, 0), (await tab.Scenario.App.WithDbAsync(db => db.Schedules.AsNoTracking().SingleAsync(s => s.Key == "monthly"))).TimeOfDay);
    }

    [BrowserFact]
    public async Task TheAdminPagesListDaysOffPeopleAndTheAuditLogWithoutSeriousAccessibilityViolations()
    {
        var problems = new List<string>();
        foreach (var (path, expected) in new[]
        {
            ("/tab/admin/schedules", "Bản tin cho Văn phòng"),
            ("/tab/admin/holidays?year=2024", "10/02/2024"),
            ("/tab/admin/people", tab.Scenario.Updates.People["TTBCXB"].Name),
            ("/tab/admin/audit", ""),
            ("/tab/downloads?quarter=2023-Q4", "rollup-2023-Q4.xlsx"),
        })
        {
            var page = await tab.SignInAsync(Admin, path);
            Assert.Equal(path.Split('?')[0], new Uri(page.Url).AbsolutePath);
            Assert.Contains(expected, await page.InnerTextAsync("main"));
            var result = await page.RunAxe();
            problems.AddRange(result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{path}: {v.Id} {v.Help}"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [BrowserFact]
    public async Task ThePeoplePageGivesTheRosterTemplateAndTheReadinessWorkbook()
    {
        var page = await tab.SignInAsync(Admin, "/tab/admin/people");

        Assert.Contains("gửi tệp cho PciBot trong cuộc trò chuyện riêng", await page.InnerTextAsync("#roster ~ p"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = TabBrowser.Screenshot("people.png"), FullPage = true });
        foreach (var (link, sheet) in new[] { ("#roster-template", "Danh sách"), ("#readiness", "Sẵn sàng nhận nhắc việc") })
        {
            var href = await page.GetAttributeAsync(link, "href");
            var response = await page.Context.APIRequest.GetAsync(new Uri(tab.Address, href).ToString());
            Assert.Equal(200, response.Status);
            Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Headers["content-type"]);
            using var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(await response.BodyAsync()), false);
            Assert.Equal(sheet, workbook.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().First().Name!.Value);
        }
    }

    [BrowserFact]
    public async Task TheOfficeDownloadsTheQuartersWorkbookAndAHeadCannot()
    {
        var page = await tab.SignInAsync(tab.Scenario.Updates.People["office"].AadObjectId, "/tab/downloads?quarter=2023-Q4");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("a[href='/tab/downloads/rollup-2023-Q4.xlsx']"));
        var path = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(path!);
        Assert.Equal("rollup-2023-Q4.xlsx", download.SuggestedFilename);
        Assert.Equal((byte)'P', bytes[0]);
        Assert.Equal((byte)'K', bytes[1]);

        var head = await tab.SignInAsync(tab.Scenario.Updates.People["TTBCXB"].AadObjectId);
        var refused = await head.GotoAsync(new Uri(tab.Address, "/tab/downloads").ToString());
        Assert.Equal(403, refused!.Status);
    }
}
