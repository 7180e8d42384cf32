using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PciBot.Audience;
using PciBot.Calendar;
using PciBot.Outbox;
using PciBot.Registry;
using PciBot.Reminders;
using PciBot.Schedules;
using PciBot.Tests.Infrastructure;
using PciBot.Updates;

namespace PciBot.Tests.Reminders;

public sealed class ReminderPlannerTests : IAsyncLifetime
{
    private static readonly string[] Staffed = ["VP", "TTBCXB", "CNTTBCVT", "CONG_TTDT"];
    private static readonly DateTimeOffset BeforeQ4Reminder = VietnamTime.AtLocal(new DateOnly(2023, 12, 1), new TimeOnly(9, 0));
    private static readonly DateTimeOffset AtQ4Reminder = VietnamTime.AtLocal(new DateOnly(2023, 12, 11), new TimeOnly(8, 0));

    private PciBotApp app = null!;

    public async Task InitializeAsync()
    {
        app = PciBotApp.Create(now: BeforeQ4Reminder);
        await app.WithDbAsync(async db =>
        {
            foreach (var unit in Staffed)
            {
                await TestPeople.HeadAsync(db, unit);
            }

            return 0;
        });
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    private async Task<int> QueueAsync(string schedule, DateTimeOffset now)
    {
        await using var scope = app.Scope();
        return await scope.ServiceProvider.GetRequiredService<ReminderPlanner>().QueueDueAsync(schedule, now, CancellationToken.None);
    }

    /// <summary>The lines the rows remind about, each row's own.</summary>
    private static List<ReminderLine> LinesOf(IEnumerable<OutboxMessage> rows) => rows.SelectMany(ReminderLinesRow.Lines).ToList();

    private static int ExpectedQuarterlyReminders() => SeedPlan.Tasks
        .Where(t => (string)t["cadence"]! is "Ongoing" or "Periodic" || ((string)t["cadence"]! == "Period" && (int)t["periodFrom"]! <= 2023 && 2023 <= (int)t["periodTo"]!))
        .Sum(t => SeedPlan.LeadUnits(t).Count(Staffed.Contains));

    [Fact]
    public async Task QueuesEachDueReminderOnceEvenWhenTheJobRunsTwice()
    {
        await QueueAsync("quarterly", AtQ4Reminder);
        await QueueAsync("quarterly", AtQ4Reminder);

        var rows = await app.WithDbAsync(db => db.Outbox.AsNoTracking().ToListAsync());
        var reminders = rows.Where(r => r.Stage == ReminderStage.Reminder).ToList();
        Assert.Equal(ExpectedQuarterlyReminders(), LinesOf(reminders).Count);
        Assert.Equal(LinesOf(reminders).Count, LinesOf(reminders).Distinct().Count());
        Assert.Equal(Staffed.Length, reminders.Count);
        Assert.Equal(reminders.Count, reminders.Select(r => r.RecipientKey).Distinct().Count());
        Assert.All(reminders, r => Assert.Equal((ReminderKinds.Lines, ReminderLinesRow.Subject), (r.Kind, r.Subject)));
        Assert.All(reminders, r => Assert.Equal("2023-Q4/reminder", r.PeriodKey));
        Assert.All(reminders, r => Assert.Equal(new DateOnly(2023, 12, 14), r.CutOff));
        Assert.All(LinesOf(reminders), l => Assert.Equal(("2023-Q4", new DateOnly(2023, 12, 14)), (l.PeriodKey, l.CutOff)));
        var unassigned = Assert.Single(rows, r => r.Subject == "unassigned");
        Assert.Contains("\"UnitId\"", unassigned.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoPlannersRacingQueueEachReminderOnce()
    {
        await Task.WhenAll(QueueAsync("quarterly", AtQ4Reminder), QueueAsync("quarterly", AtQ4Reminder), QueueAsync("quarterly", AtQ4Reminder));

        var rows = await app.WithDbAsync(db => db.Outbox.AsNoTracking().Where(r => r.Stage == ReminderStage.Reminder).ToListAsync());
        Assert.Equal(ExpectedQuarterlyReminders(), LinesOf(rows).Count);
        Assert.Equal(Staffed.Length, rows.Count);
    }

    [Fact]
    public async Task ExternalUnitsAndGroupsAreNeverRecipients()
    {
        await QueueAsync("quarterly", AtQ4Reminder);

        var rows = await app.WithDbAsync(db => db.Outbox.AsNoTracking().Where(r => r.Kind == ReminderKinds.Lines).ToListAsync());
        var unitIds = LinesOf(rows).Select(l => l.UnitId).Distinct().ToList();
        var units = await app.WithDbAsync(db => db.Units.Where(u => unitIds.Contains(u.Id)).ToListAsync());
        Assert.All(units, u => Assert.True(u.Internal && u.Kind == UnitKind.Unit, u.Code));
        Assert.Equal(Staffed.Order(), units.Select(u => u.Code).Order());
    }

    [Fact]
    public async Task TheConditionalTaskIsRemindedOnlyOnceItsConditionIsMet()
    {
        var task10 = await app.WithDbAsync(db => db.Tasks.SingleAsync(t => t.Family == IndexFamily.Pci && t.Number == 10));
        await QueueAsync("quarterly", AtQ4Reminder);
        Assert.DoesNotContain(LinesOf(await app.WithDbAsync(db => db.Outbox.AsNoTracking().ToListAsync())), l => l.TaskId == task10.Id);

        await app.WithDbAsync(async db =>
        {
            var task = await db.Tasks.SingleAsync(t => t.Id == task10.Id);
            task.ConditionMetAt = AtQ4Reminder.AddDays(10);
            return await db.SaveChangesAsync();
        });
        await QueueAsync("quarterly", VietnamTime.AtLocal(new DateOnly(2024, 3, 11), new TimeOnly(8, 0)));

        var rows = (await app.WithDbAsync(db => db.Outbox.AsNoTracking().ToListAsync())).Where(r => LinesOf([r]).Any(l => l.TaskId == task10.Id)).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.StartsWith("2024-Q1/", r.PeriodKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RemindersMissedWhileDownAreQueuedOnceWhenItComesBack()
    {
        var afterEscalation = VietnamTime.AtLocal(new DateOnly(2023, 12, 20), new TimeOnly(10, 0));

        await QueueAsync("quarterly", afterEscalation);
        var first = await app.WithDbAsync(db => db.Outbox.CountAsync());
        await QueueAsync("quarterly", afterEscalation.AddHours(1));

        var rows = await app.WithDbAsync(db => db.Outbox.AsNoTracking().ToListAsync());
        Assert.Equal(first, rows.Count);
        Assert.Equal(ExpectedQuarterlyReminders(), LinesOf(rows.Where(r => r.PeriodKey == "2023-Q4/reminder" && r.Stage == ReminderStage.Reminder)).Count);
        Assert.Equal(ExpectedQuarterlyReminders(), LinesOf(rows.Where(r => r.PeriodKey == "2023-Q4/follow-up")).Count);
        Assert.Equal(Staffed.Length, rows.Count(r => r.PeriodKey == "2023-Q4/follow-up"));
        Assert.Single(rows, r => r.PeriodKey == "2023-Q4/escalation");
    }

    [Fact]
    public async Task TheFollowUpSkipsUnitsThatHaveReported()
    {
        await QueueAsync("quarterly", AtQ4Reminder);
        var row = await app.WithDbAsync(db => db.Outbox.AsNoTracking().FirstAsync(r => r.Stage == ReminderStage.Reminder));
        var reminder = ReminderLinesRow.Lines(row)[0];
        await app.WithDbAsync(async db =>
        {
            db.ProgressUpdates.Add(new PciBot.Updates.ProgressUpdate
            {
                TaskId = reminder.TaskId,
                UnitId = reminder.UnitId,
                PeriodKey = "2023-Q4",
                PersonId = row.PersonId!.Value,
                Status = PciBot.Updates.ProgressStatus.InProgress,
                SubmittedAt = AtQ4Reminder.AddHours(1),
                Fingerprint = "test",
            });
            return await db.SaveChangesAsync();
        });

        await QueueAsync("quarterly", VietnamTime.AtLocal(new DateOnly(2023, 12, 13), new TimeOnly(8, 0)));

        var followUps = LinesOf(await app.WithDbAsync(db => db.Outbox.AsNoTracking().Where(r => r.Stage == ReminderStage.FollowUp).ToListAsync()));
        Assert.Equal(ExpectedQuarterlyReminders() - 1, followUps.Count);
        Assert.DoesNotContain(followUps, l => l.TaskId == reminder.TaskId && l.UnitId == reminder.UnitId);
    }

    [Fact]
    public async Task APausedScheduleQueuesNothingAndDoesNotCatchUpWhenResumed()
    {
        await app.WithDbAsync(async db =>
        {
            var schedule = await db.Schedules.SingleAsync(s => s.Key == "quarterly");
            schedule.IsPaused = true;
            return await db.SaveChangesAsync();
        });
        await QueueAsync("quarterly", AtQ4Reminder);
        await app.WithDbAsync(async db =>
        {
            var schedule = await db.Schedules.SingleAsync(s => s.Key == "quarterly");
            schedule.IsPaused = false;
            return await db.SaveChangesAsync();
        });
        await QueueAsync("quarterly", AtQ4Reminder.AddHours(1));

        Assert.Equal(0, await app.WithDbAsync(db => db.Outbox.CountAsync()));
    }

    [Fact]
    public async Task MonthlyRemindersCoverTask19Only()
    {
        await QueueAsync("monthly", VietnamTime.AtLocal(new DateOnly(2023, 12, 11), new TimeOnly(8, 0)));

        var taskIds = LinesOf(await app.WithDbAsync(db => db.Outbox.AsNoTracking().ToListAsync())).Select(l => l.TaskId).Distinct().ToList();
        var task = await app.WithDbAsync(db => db.Tasks.SingleAsync(t => t.Id == taskIds.Single()));
        Assert.Equal(19, task.Number);
    }
}
