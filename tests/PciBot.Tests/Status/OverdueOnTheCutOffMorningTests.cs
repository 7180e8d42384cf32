using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PciBot.Calendar;
using PciBot.Outbox;
using PciBot.Reminders;
using PciBot.Schedules;
using PciBot.Tests.Infrastructure;
using PciBot.Tests.Office;
using PciBot.Tests.Updates;

namespace PciBot.Tests.Status;

/// <summary>
/// The Office's morning of 14 December 2023 (issue #23): the scheduled digest, "ai chưa báo cáo quý này" and "việc nào
/// quá hạn" once gave 0, 6 and 2 overdue. Task 19 is reported monthly by the three divisions; its October and November
/// reports are missing, which is six lines of one task, and the quarter's own cut-off is today, so nothing else is late.
/// </summary>
public sealed class OverdueOnTheCutOffMorningTests : IAsyncLifetime
{
    private static readonly DateTimeOffset CutOffMorning = VietnamTime.AtLocal(new DateOnly(2023, 12, 14), new TimeOnly(8, 30));

    private OfficeScenario scenario = null!;

    public async Task InitializeAsync() => scenario = await OfficeScenario.StartAsync();

    public async Task DisposeAsync() => await scenario.DisposeAsync();

    [Fact]
    public async Task TheScheduledDigestAndBothQuestionsCountTheSameSixOverdueLinesOfOneTask()
    {
        scenario.App.Clock.SetUtcNow(CutOffMorning);
        var digest = await ScheduledDigestAsync();
        var office = scenario.Updates.People["office"];

        var notReported = await scenario.AskAsync(office, Activities.PersonalMessage(scenario.Updates.Connector.ServiceUrl, "ai chưa báo cáo quý này", office.TeamsUserId!, office.AadObjectId, id: "not-reported"));
        var overdue = await scenario.AskAsync(office, Activities.PersonalMessage(scenario.Updates.Connector.ServiceUrl, "việc nào quá hạn", office.TeamsUserId!, office.AadObjectId, id: "overdue"));

        Assert.Contains("Dòng quá hạn: 6 (1 nhiệm vụ)", digest, StringComparison.Ordinal);
        Assert.Contains("\"Quá hạn: 6 dòng (1 nhiệm vụ) · Trong hạn: ", notReported.CardText, StringComparison.Ordinal);
        Assert.Contains("\"Quá hạn: 6 dòng (1 nhiệm vụ)\"", overdue.CardText, StringComparison.Ordinal);
        Assert.Contains("Quá hạn chưa báo cáo — Quý III/2023 và Quý IV/2023", overdue.CardText, StringComparison.Ordinal);
        foreach (var cutOff in new[] { "14/10/2023", "14/11/2023" })
        {
            Assert.Contains($"{cutOff} · **Quá hạn** (0/3 đơn vị đã báo cáo; quá hạn: Văn phòng Sở, Phòng TTBCXB, Phòng CNTTBCVT)", overdue.CardText, StringComparison.Ordinal);
        }
    }

    /// <summary>The digest the schedule queues for the Office at 08:00 on the cut-off day, as the dispatcher renders it.</summary>
    private async Task<string> ScheduledDigestAsync()
    {
        await using (var scope = scenario.App.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PciBot.Data.PciBotDbContext>();
            var schedule = await db.Schedules.SingleAsync(s => s.Key == "digest");
            schedule.FiredThrough = OfficeScenario.Wednesday;
            await db.SaveChangesAsync();
            await scope.ServiceProvider.GetRequiredService<ReminderPlanner>().QueueDueAsync("digest", CutOffMorning, CancellationToken.None);
        }

        var row = await scenario.App.WithDbAsync(db => db.Outbox.AsNoTracking().SingleAsync(o => o.ScheduleKey == "digest" && o.PeriodKey == "2023-Q4/digest/2023-12-14"));
        return CardJson.Text(await scenario.Updates.RenderAsync(row));
    }
}
