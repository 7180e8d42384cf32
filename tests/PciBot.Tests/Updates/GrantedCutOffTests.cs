using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PciBot.Calendar;
using PciBot.Outbox;
using PciBot.Reminders;
using PciBot.Rollups;
using PciBot.Schedules;
using PciBot.Status;
using PciBot.Updates;
using Quartz;

namespace PciBot.Tests.Updates;

/// <summary>Once the Office grants more time, the line's cut-off is the granted date for reminders, triggers, statuses and rollups.</summary>
public sealed partial class GrantedCutOffTests
{
    private static readonly DateOnly Granted = new(2023, 12, 29);

    private static DateTimeOffset At(int year, int month, int day, int hour = 8) => VietnamTime.AtLocal(new DateOnly(year, month, day), new TimeOnly(hour, 0));

    /// <summary>The head of TTBCXB asks for PCI 19's December report by 29/12/2023 and the Office agrees.</summary>
    private static async Task GrantAsync(UpdateScenario scenario)
    {
        var card = await ExtensionScenario.RequestAsync(scenario, until: "2023-12-29");
        var (_, approved) = await ExtensionScenario.DecideAsync(scenario, scenario.People["office"], card, ExtensionVerbs.Approve);
        Assert.Contains("29/12/2023", CardJson.Text(approved), StringComparison.Ordinal);
    }

    private static async Task<List<OutboxMessage>> PlanAsync(UpdateScenario scenario, string schedule, DateTimeOffset now)
    {
        await using (var scope = scenario.App.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<ReminderPlanner>().QueueDueAsync(schedule, now, CancellationToken.None);
        }

        return await scenario.App.WithDbAsync(db => db.Outbox.AsNoTracking().Where(o => o.ScheduleKey == schedule).OrderBy(o => o.Id).ToListAsync());
    }

    private static IEnumerable<int> LateUnits(OutboxMessage escalation, int taskId) =>
        JsonSerializer.Deserialize<List<LateItem>>(escalation.Payload!)!.Where(i => i.TaskId == taskId).Select(i => i.UnitId);

    [Fact]
    public async Task TheLinesRemindersFollowTheGrantedCutOffAndTheOthersKeepTheirs()
    {
        await using var scenario = await UpdateScenario.StartAsync();
        await GrantAsync(scenario);
        var (task19, ttbcxb, vp) = (scenario.Task19, scenario.Unit("TTBCXB"), scenario.Unit("VP"));

        var untilFollowUp = await PlanAsync(scenario, "monthly", At(2023, 12, 13));
        var december = untilFollowUp.Where(r => r.TaskId == task19 && r.ReportPeriodKey == UpdateScenario.MonthKey).ToList();
        Assert.Contains(december, r => r.UnitId == vp && r.PeriodKey == "2023-M12/reminder");
        Assert.Contains(december, r => r.UnitId == vp && r.PeriodKey == "2023-M12/follow-up");
        Assert.DoesNotContain(december, r => r.UnitId == ttbcxb);

        var untilMovedReminder = await PlanAsync(scenario, "monthly", At(2023, 12, 26));
        var escalation = Assert.Single(untilMovedReminder, r => r.PeriodKey == "2023-M12/escalation");
        Assert.Contains(vp, LateUnits(escalation, task19));
        Assert.DoesNotContain(ttbcxb, LateUnits(escalation, task19));
        var moved = untilMovedReminder.Where(r => r.PeriodKey == "2023-M12/moved-2023-12-29/reminder").ToList();
        Assert.Equal([scenario.Head("TTBCXB").Id, scenario.People["TTBCXB-delegate"].Id], moved.Select(r => r.PersonId!.Value).Order());
        Assert.All(moved, r => Assert.Equal((task19, ttbcxb, UpdateScenario.MonthKey, Granted, ReminderStage.Reminder), (r.TaskId!.Value, r.UnitId!.Value, r.ReportPeriodKey, r.CutOff!.Value, r.Stage)));
        var reminder = CardJson.Text(await scenario.RenderAsync(moved[0]));
        Assert.Contains("\"Hạn báo cáo\",\"value\":\"29/12/2023\"", reminder, StringComparison.Ordinal);

        var afterMovedCutOff = await PlanAsync(scenario, "monthly", At(2024, 1, 2, 9));
        Assert.Equal(2, afterMovedCutOff.Count(r => r.PeriodKey == "2023-M12/moved-2023-12-29/follow-up"));
        var late = Assert.Single(afterMovedCutOff, r => r.PeriodKey == "2023-M12/moved-2023-12-29/escalation");
        Assert.Equal([ttbcxb], LateUnits(late, task19));
        Assert.Equal(Granted, late.CutOff);
    }

    [Fact]
    public async Task AGrantAfterTheCutOffMovesTheTriggerStatusesAndRollup()
    {
        await using var scenario = await UpdateScenario.StartAsync(now: At(2023, 12, 18));
        var scheduler = await scenario.App.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var overdueBefore = (await scenario.AskAsync(scenario.Head("TTBCXB"), "việc quá hạn của phòng TTBCXB")).CardText;
        Assert.Equal(At(2024, 1, 10), (await scheduler.GetTrigger(ScheduleJob.TriggerFor("monthly")))!.NextFireTimeUtc);

        await GrantAsync(scenario);

        Assert.Equal(At(2023, 12, 26), (await scheduler.GetTrigger(ScheduleJob.TriggerFor("monthly")))!.NextFireTimeUtc);
        var overdueAfter = (await scenario.AskAsync(scenario.Head("TTBCXB"), "việc quá hạn của phòng TTBCXB")).CardText;
        Assert.Matches(Overdue19OnDecember14(), overdueBefore);
        Assert.DoesNotMatch(Overdue19OnDecember14(), overdueAfter);

        await using var scope = scenario.App.Scope();
        var quarter = ReportingPeriods.Containing(PeriodKind.Quarter, new DateOnly(2023, 12, 14));
        var rollup = await scope.ServiceProvider.GetRequiredService<RollupBuilder>().BuildAsync(quarter, CancellationToken.None);
        var lines = rollup!.Indices.SelectMany(i => i.Tasks).Single(t => t.TaskId == scenario.Task19).Lines.Where(l => l.PeriodKey == UpdateScenario.MonthKey).ToList();
        Assert.Equal((ReportStatus.Due, Granted), lines.Where(l => l.UnitId == scenario.Unit("TTBCXB")).Select(l => (l.Status, l.CutOff!.Value)).Single());
        Assert.Equal((ReportStatus.Overdue, new DateOnly(2023, 12, 14)), lines.Where(l => l.UnitId == scenario.Unit("VP")).Select(l => (l.Status, l.CutOff!.Value)).Single());
    }

    [GeneratedRegex(@"\*\*PCI 19\*\* ·(?:(?!\*\*PCI).)*?· 14/12/2023 · \*\*Quá hạn\*\*")]
    private static partial Regex Overdue19OnDecember14();
}
