using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PciBot.Audit;
using PciBot.Registry;
using PciBot.Testing;
using PciBot.Tests.Infrastructure;
using PciBot.Updates;

namespace PciBot.Tests.Admin;

public sealed class PlanRolloverTests
{
    private static JsonObject Apply2024 => new() { ["verb"] = "admin.rollover.apply", ["target"] = "2024" };

    [Theory]
    [InlineData("chuyển kế hoạch sang năm 2024", "vi-VN", "Chuyển kế hoạch 3225/KH-STTTT sang năm 2024", "Sao chép {0} nhiệm vụ")]
    [InlineData("roll over plan to 2024", "en-US", "Roll plan 3225/KH-STTTT over to 2024", "Copies {0} tasks")]
    public async Task ThePreviewNamesThePlanTheYearAndHowManyTasksAndChangesNothing(string command, string locale, string title, string intro)
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = PciBotApp.Create(settings: AdminScenario.Settings);
        var tasks = await app.WithDbAsync(db => db.Tasks.CountAsync(t => !t.IsArchived));

        var preview = await AdminScenario.SayAsync(app, connector, AdminScenario.Message(connector, command, locale: locale));

        Assert.Contains(title, preview, StringComparison.Ordinal);
        Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, intro, tasks), preview, StringComparison.Ordinal);
        Assert.Contains("\"verb\":\"admin.rollover.apply\",\"target\":\"2024\"", preview, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.Plans.CountAsync()));
    }

    [Fact]
    public async Task ApplyingMakesANewCurrentPlanWithNewTasksAYearLaterAndLeavesTheOldHistoryWithTheOldTasks()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = PciBotApp.Create(settings: AdminScenario.Settings);
        var (oldPlan, oldTasks) = await app.WithDbAsync(async db =>
        {
            var head = await TestPeople.HeadAsync(db, "VP");
            var task = await db.Tasks.SingleAsync(t => t.Family == IndexFamily.Pci && t.Number == 1);
            var unit = await db.Units.SingleAsync(u => u.Code == "VP");
            db.ProgressUpdates.Add(new ProgressUpdate
            {
                TaskId = task.Id, UnitId = unit.Id, PeriodKey = "2023-Q4", Sequence = 1, PersonId = head.Id, Status = ProgressStatus.InProgress,
                PercentDone = 40, SubmittedAt = app.Clock.GetUtcNow(), Fingerprint = "f1",
            });
            await db.SaveChangesAsync();
            var plan = await db.Plans.AsNoTracking().SingleAsync();
            return (plan, await db.Tasks.AsNoTracking().Where(t => t.PlanId == plan.Id && !t.IsArchived).ToListAsync());
        });

        var answer = AdminScenario.Readable(await AdminScenario.InvokeAsync(app, connector, Apply2024));

        Assert.Contains("Đã tạo kế hoạch 3225/KH-STTTT (2024); đây là kế hoạch hiện hành.", answer, StringComparison.Ordinal);
        var current = await app.WithDbAsync(db => new PlanCatalog(db).CurrentPlanAsync(CancellationToken.None));
        Assert.NotNull(current);
        Assert.Equal(("3225/KH-STTTT (2024)", 2024), (current.Number, current.Year));
        Assert.Equal(oldPlan.ReportDeadline.AddYears(1), current.ReportDeadline);
        Assert.Equal(oldTasks.Count, current.Tasks.Count);
        Assert.Empty(current.Tasks.Select(t => t.Id).Intersect(oldTasks.Select(t => t.Id)));
        foreach (var old in oldTasks)
        {
            var copy = current.Tasks.Single(t => t.Family == old.Family && t.Number == old.Number);
            Assert.Equal((old.Text, old.Cadence, old.Deadline?.AddYears(1)), (copy.Text, copy.Cadence, copy.Deadline));
        }

        Assert.Contains(oldTasks, t => t.Deadline is not null);
        var newIds = current.Tasks.Select(t => t.Id).ToList();
        var oldTask1 = oldTasks.Single(t => t.Family == IndexFamily.Pci && t.Number == 1).Id;
        Assert.Equal(1, await app.WithDbAsync(db => db.ProgressUpdates.CountAsync(u => u.TaskId == oldTask1)));
        Assert.Equal(0, await app.WithDbAsync(db => db.ProgressUpdates.CountAsync(u => newIds.Contains(u.TaskId))));
        Assert.Equal(oldTasks.Count, await app.WithDbAsync(db => db.Tasks.CountAsync(t => t.PlanId == oldPlan.Id)));
        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync());
        Assert.Equal(("plan.rollover", "3225/KH-STTTT (2024)", "3225/KH-STTTT", AdminScenario.AdminAad), (audit.Action, audit.Subject, audit.Before, audit.ActorAadObjectId));
        Assert.Contains($"{oldTasks.Count} tasks", audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASecondApplyForTheSameYearIsRefusedAndTheNextYearKeepsThePlansOwnNumber()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = PciBotApp.Create(settings: AdminScenario.Settings);
        await AdminScenario.InvokeAsync(app, connector, Apply2024);
        var tasks = await app.WithDbAsync(db => db.Tasks.CountAsync());

        var again = AdminScenario.Readable(await AdminScenario.InvokeAsync(app, connector, Apply2024));

        Assert.Contains("Kế hoạch 3225/KH-STTTT (2024) đã có.", again, StringComparison.Ordinal);
        Assert.Equal(2, await app.WithDbAsync(db => db.Plans.CountAsync()));
        Assert.Equal(tasks, await app.WithDbAsync(db => db.Tasks.CountAsync()));
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "plan.rollover")));

        var next = AdminScenario.Readable(await AdminScenario.InvokeAsync(app, connector, new JsonObject { ["verb"] = "admin.rollover.apply", ["target"] = "2025" }));
        Assert.Contains("Đã tạo kế hoạch 3225/KH-STTTT (2025)", next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoPressesAtOnceMakeOnePlan()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = PciBotApp.Create(settings: AdminScenario.Settings);

        var answers = await Task.WhenAll(AdminScenario.InvokeAsync(app, connector, Apply2024), AdminScenario.InvokeAsync(app, connector, Apply2024));

        Assert.All(answers, a => Assert.Contains("3225/KH-STTTT (2024)", AdminScenario.Readable(a), StringComparison.Ordinal));
        Assert.Equal(2, await app.WithDbAsync(db => db.Plans.CountAsync()));
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "plan.rollover")));
    }
}
