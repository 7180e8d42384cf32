using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PciBot.Audit;
using PciBot.Calendar;
using PciBot.Outbox;
using PciBot.Schedules;
using PciBot.Testing;
using PciBot.Tests.Infrastructure;
using PciBot.Tests.Reminders;
using Quartz;

namespace PciBot.Tests.Admin;

public sealed class ScheduleEditTests
{
    private static readonly DateTimeOffset Now = VietnamTime.AtLocal(new DateOnly(2023, 11, 20), new TimeOnly(9, 0));

    private static JsonObject Save(string key, string time, string rule, string value, string followUp, string recipients) => new()
    {
        ["verb"] = "admin.schedule.save",
        ["target"] = key,
        ["timeOfDay"] = time,
        ["rule"] = rule,
        ["ruleValue"] = value,
        ["followUp"] = followUp,
        ["recipients"] = recipients,
    };

    [Fact]
    public async Task AnEditInTheChatMovesTheQuartzTriggerToTheTimesShownAndKeepsThemAcrossARestart()
    {
        await using var connector = await FakeConnector.StartAsync();
        var directory = Dispatching.NewDirectory();
        try
        {
            DateTimeOffset? trigger;
            await using (var app = PciBotApp.Create(now: Now, directory: directory, settings: AdminScenario.Settings))
            {
                var card = AdminScenario.Readable(await AdminScenario.InvokeAsync(app, connector, Save("monthly", "09:30", "MonthlyDay", "5", "", "plan")));

                // 5 Dec 2023 (Tuesday) and 5 Jan 2024 (Friday) are working days; the escalation stays one working day after the 14th.
                var expected = new[] { new DateOnly(2023, 12, 5), new DateOnly(2023, 12, 15), new DateOnly(2024, 1, 5) }
                    .Select(d => CalendarTexts.LocalMoment(VietnamTime.AtLocal(d, new TimeOnly(9, 30))))
                    .ToList();
                Assert.Contains(string.Join("; ", expected), card, StringComparison.Ordinal);
                Assert.Contains("Đã lưu", card, StringComparison.Ordinal);

                var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
                trigger = (await scheduler.GetTrigger(ScheduleJob.TriggerFor("monthly")))?.NextFireTimeUtc;
                Assert.Equal(VietnamTime.AtLocal(new DateOnly(2023, 12, 5), new TimeOnly(9, 30)), trigger);
                var audit = await app.WithDbAsync(db => db.AuditEntries.SingleAsync());
                Assert.Equal("schedule.edit", audit.Action);
                Assert.Contains("\"rule\":\"Plan\"", audit.Before, StringComparison.Ordinal);
                Assert.Contains("\"rule\":\"MonthlyDay\"", audit.After, StringComparison.Ordinal);
            }

            await using var restarted = PciBotApp.Create(now: Now, directory: directory, settings: AdminScenario.Settings);
            var again = await restarted.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            Assert.Equal(trigger, (await again.GetTrigger(ScheduleJob.TriggerFor("monthly")))?.NextFireTimeUtc);
            var schedule = await restarted.WithDbAsync(db => db.Schedules.SingleAsync(s => s.Key == "monthly"));
            Assert.Equal(ScheduleRuleKind.MonthlyDay, schedule.Rule);
            Assert.Equal(new TimeOnly(9, 30), schedule.TimeOfDay);
            var list = await AdminScenario.SayAsync(restarted, connector, AdminScenario.Message(connector, "lịch nhắc"));
            Assert.Contains(CalendarTexts.LocalMoment(trigger!.Value), list, StringComparison.Ordinal);
        }
        finally
        {
            Dispatching.DeleteDirectory(directory);
        }
    }

    [Theory]
    [InlineData("25:00", "Plan", "3", "1", "plan", "timeOfDay")]
    [InlineData("08:00", "Cron", "every monday please", "1", "plan", "ruleValue")]
    [InlineData("08:00", "Weekly", "someday", "1", "plan", "ruleValue")]
    [InlineData("08:00", "Plan", "3", "1", "", "recipients")]
    [InlineData("08:00", "Plan", "3", "5", "plan", "followUp")]
    public async Task InvalidEditsAreRefusedOnTheCardWithWhatWasTypedKept(string time, string rule, string value, string followUp, string recipients, string field)
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = PciBotApp.Create(now: Now, settings: AdminScenario.Settings);
        var before = await app.WithDbAsync(db => db.Schedules.AsNoTracking().SingleAsync(s => s.Key == "quarterly"));

        var card = await AdminScenario.InvokeAsync(app, connector, Save("quarterly", time, rule, value, followUp, recipients));

        var inputs = card["body"]!.AsArray().Where(e => e!["id"] is not null).ToDictionary(e => (string)e!["id"]!, e => e!.AsObject());
        Assert.NotNull((string?)inputs[field]["errorMessage"]);
        Assert.Equal(time, (string?)inputs["timeOfDay"]["value"]);
        Assert.Equal(rule, (string?)inputs["rule"]["value"]);
        Assert.Equal(value, (string?)inputs["ruleValue"]["value"]);
        Assert.Equal(followUp, (string?)inputs["followUp"]["value"]);
        Assert.Equal(recipients, (string?)inputs["recipients"]["value"] ?? "");
        var after = await app.WithDbAsync(db => db.Schedules.AsNoTracking().SingleAsync(s => s.Key == "quarterly"));
        Assert.Equal(ScheduleValidatorSnapshot(before), ScheduleValidatorSnapshot(after));
        Assert.Equal(0, await app.WithDbAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task TheOfficeDigestCanMoveToAnotherWeekday()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = PciBotApp.Create(now: Now, settings: AdminScenario.Settings);

        var card = AdminScenario.Readable(await AdminScenario.InvokeAsync(app, connector, Save("digest", "07:45", "Weekly", "thứ 4", "", "plan")));

        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var next = (await scheduler.GetTrigger(ScheduleJob.TriggerFor("digest")))?.NextFireTimeUtc;
        Assert.Equal(VietnamTime.AtLocal(new DateOnly(2023, 11, 22), new TimeOnly(7, 45)), next);
        var wednesdays = new[] { new DateOnly(2023, 11, 22), new DateOnly(2023, 11, 29), new DateOnly(2023, 12, 6) }
            .Select(d => CalendarTexts.LocalMoment(VietnamTime.AtLocal(d, new TimeOnly(7, 45))));
        Assert.Contains(string.Join("; ", wednesdays), card, StringComparison.Ordinal);
        Assert.Equal(ScheduleRuleKind.Weekly, (await app.WithDbAsync(db => db.Schedules.SingleAsync(s => s.Key == "digest"))).Rule);
    }

    [Fact]
    public async Task ACronRuleIsCheckedByQuartzAndFiresInVietnamTime()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = PciBotApp.Create(now: Now, settings: AdminScenario.Settings);

        await AdminScenario.InvokeAsync(app, connector, Save("quarterly", "08:00", "Cron", "0 30 7 ? * MON", "1", "VP,TTBCXB"));

        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var next = (await scheduler.GetTrigger(ScheduleJob.TriggerFor("quarterly")))?.NextFireTimeUtc;
        Assert.Equal(VietnamTime.AtLocal(new DateOnly(2023, 11, 27), new TimeOnly(7, 30)), next);
        Assert.Equal("TTBCXB,VP", (await app.WithDbAsync(db => db.Schedules.SingleAsync(s => s.Key == "quarterly"))).RecipientUnitCodes);
    }

    [Fact]
    public async Task PausingRemovesTheTriggerAndRunNowQueuesTheNextOccurrenceOnce()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = PciBotApp.Create(now: Now, settings: AdminScenario.Settings);
        await app.WithDbAsync(db => TestPeople.HeadAsync(db, "TTBCXB"));
        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        await AdminScenario.InvokeAsync(app, connector, new JsonObject { ["verb"] = "admin.schedule.pause", ["target"] = "quarterly" });
        Assert.Null(await scheduler.GetTrigger(ScheduleJob.TriggerFor("quarterly")));

        await AdminScenario.InvokeAsync(app, connector, new JsonObject { ["verb"] = "admin.schedule.run", ["target"] = "quarterly" });
        var queued = await app.WithDbAsync(db => db.Outbox.Where(o => o.ScheduleKey == "quarterly").Select(o => o.PeriodKey).ToListAsync());
        await AdminScenario.InvokeAsync(app, connector, new JsonObject { ["verb"] = "admin.schedule.run", ["target"] = "quarterly" });

        Assert.NotEmpty(queued);
        Assert.All(queued, p => Assert.Equal("2023-Q4/reminder", p));
        Assert.Equal(queued.Count, await app.WithDbAsync(db => db.Outbox.CountAsync(o => o.ScheduleKey == "quarterly")));

        await AdminScenario.InvokeAsync(app, connector, new JsonObject { ["verb"] = "admin.schedule.resume", ["target"] = "quarterly" });
        Assert.NotNull(await scheduler.GetTrigger(ScheduleJob.TriggerFor("quarterly")));
    }

    private static string ScheduleValidatorSnapshot(ScheduleDefinition s) => $"{s.TimeOfDay}|{s.Rule}|{s.RuleValue}|{s.ReminderWorkingDaysBefore}|{s.FollowUpWorkingDaysBefore}|{s.RecipientUnitCodes}|{s.IsPaused}";
}
