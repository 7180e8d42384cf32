using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PciBot.Audience;
using PciBot.Calendar;
using PciBot.Outbox;
using PciBot.Schedules;
using PciBot.Updates;

namespace PciBot.Tests.Updates;

public sealed class SnoozeAndExtensionTests : IAsyncLifetime
{
    private UpdateScenario scenario = null!;

    public async Task InitializeAsync() => scenario = await UpdateScenario.StartAsync();

    public async Task DisposeAsync() => await scenario.DisposeAsync();

    private Task<int> DispatchAsync() =>
        scenario.App.Services.GetRequiredService<OutboxDispatcher>().RunOnceAsync(CancellationToken.None);

    private Task<List<string>> SchedulesAsync() => scenario.App.WithDbAsync(db => db.Schedules.AsNoTracking()
        .OrderBy(s => s.Key)
        .Select(s => $"{s.Key}|{s.Kind}|{s.TimeOfDay}|{s.ReminderWorkingDaysBefore}|{s.FollowUpWorkingDaysBefore}|{s.EscalationWorkingDaysAfter}|{s.DaysBeforeDeadline}|{s.RecipientUnitCodes}|{s.IsPaused}|{s.UpdatedAt.UtcTicks}")
        .ToListAsync());

    [Fact]
    public async Task ASnoozedReminderComesBackOnceAtTheChosenTimeAndTheSchedulesStayAsTheyWere()
    {
        var head = scenario.Head("TTBCXB");
        var schedules = await SchedulesAsync();
        var tomorrowAtEight = VietnamTime.AtLocal(new DateOnly(2023, 11, 21), new TimeOnly(8, 0));

        var (_, body) = await scenario.InvokeAsync(head, UpdateScenario.Data(ProgressVerbs.Snooze, scenario.Task19, scenario.Unit("TTBCXB"), UpdateScenario.MonthKey, snooze: "1d"));
        await scenario.InvokeAsync(head, UpdateScenario.Data(ProgressVerbs.Snooze, scenario.Task19, scenario.Unit("TTBCXB"), UpdateScenario.MonthKey, snooze: "1d"));

        var card = UpdateScenario.CardOf(body);
        Assert.Contains("PciBot sẽ nhắc lại lúc 08:00 21/11/2023", CardJson.Text(card), StringComparison.Ordinal);
        Assert.NotNull(CardJson.Button(card, ProgressVerbs.Submit));
        var row = Assert.Single(await scenario.App.WithDbAsync(db => db.Outbox.AsNoTracking().ToListAsync()));
        Assert.Equal((Snoozes.ScheduleKey, ReminderStage.Snooze, OutboxStatus.Pending), (row.ScheduleKey, row.Stage, row.Status));
        Assert.Equal((scenario.Task19, scenario.Unit("TTBCXB"), head.Id, UpdateScenario.MonthKey), (row.TaskId!.Value, row.UnitId!.Value, row.PersonId!.Value, row.ReportPeriodKey));
        Assert.Equal(tomorrowAtEight, row.NextAttemptAt);
        Assert.Equal(new DateOnly(2023, 12, 14), row.CutOff);

        scenario.App.Clock.SetUtcNow(tomorrowAtEight.AddMinutes(-1));
        await DispatchAsync();
        Assert.Empty(scenario.Connector.Calls);

        scenario.App.Clock.SetUtcNow(tomorrowAtEight.AddMinutes(1));
        await DispatchAsync();
        var sent = Assert.Single(await scenario.Connector.WaitForCallsAsync(1));
        Assert.Equal("POST", sent.Method);
        Assert.Equal($"/v3/conversations/a:personal-{head.TeamsUserId}/activities", sent.Path);
        Assert.Contains("Nhắc lại theo yêu cầu", sent.CardText, StringComparison.Ordinal);
        Assert.Equal(ProgressVerbs.Submit, (string?)CardJson.Button(sent.Card!, ProgressVerbs.Submit)["verb"]);

        scenario.App.Clock.Advance(TimeSpan.FromDays(2));
        await DispatchAsync();
        Assert.Single(scenario.Connector.Calls);
        Assert.Equal(OutboxStatus.Sent, (await scenario.App.WithDbAsync(db => db.Outbox.AsNoTracking().SingleAsync())).Status);
        Assert.Equal(schedules, await SchedulesAsync());
    }

    [Theory]
    [InlineData("1d", 2023, 11, 21)]
    [InlineData("3d", 2023, 11, 23)]
    [InlineData("next-week", 2023, 11, 27)]
    public async Task EachChoiceComesBackOnAWorkingDayAtEight(string choice, int year, int month, int day)
    {
        await scenario.InvokeAsync(scenario.Head("TTBCXB"), UpdateScenario.Data(ProgressVerbs.Snooze, scenario.Task19, scenario.Unit("TTBCXB"), UpdateScenario.MonthKey, snooze: choice));

        var row = Assert.Single(await scenario.App.WithDbAsync(db => db.Outbox.AsNoTracking().ToListAsync()));
        Assert.Equal(VietnamTime.AtLocal(new DateOnly(year, month, day), new TimeOnly(8, 0)), row.NextAttemptAt);
    }

    [Fact]
    public async Task ALaterChoiceFromTheSameCardReplacesTheEarlierOne()
    {
        var head = scenario.Head("TTBCXB");

        await scenario.InvokeAsync(head, UpdateScenario.Data(ProgressVerbs.Snooze, scenario.Task19, scenario.Unit("TTBCXB"), UpdateScenario.MonthKey, snooze: "1d"));
        await scenario.InvokeAsync(head, UpdateScenario.Data(ProgressVerbs.Snooze, scenario.Task19, scenario.Unit("TTBCXB"), UpdateScenario.MonthKey, snooze: "next-week"));

        var rows = await scenario.App.WithDbAsync(db => db.Outbox.AsNoTracking().OrderBy(o => o.Id).ToListAsync());
        Assert.Equal([OutboxStatus.Skipped, OutboxStatus.Pending], rows.Select(r => r.Status));
        Assert.Equal(VietnamTime.AtLocal(new DateOnly(2023, 11, 27), new TimeOnly(8, 0)), rows[1].NextAttemptAt);
    }

    [Fact]
    public async Task ChoicesWellBeforeTheCutOffShowTheirDayAndNoNote()
    {
        var card = UpdateScenario.CardOf((await scenario.InvokeAsync(scenario.Head("TTBCXB"), UpdateScenario.Data(ProgressVerbs.Refresh, scenario.Task19, scenario.Unit("TTBCXB"), UpdateScenario.MonthKey))).Body);

        var snooze = CardJson.ById(card, ProgressCard.SnoozeContainerId)!["items"]!.AsArray();
        Assert.Equal(2, snooze.Count);
        Assert.Equal(["1 ngày (21/11)", "3 ngày (23/11)", "Tuần sau (27/11)"], CardJson.Buttons(card).Where(b => (string?)b["verb"] == ProgressVerbs.Snooze).Select(b => (string)b["title"]!));
    }

    [Fact]
    public async Task LinesSnoozedToTheSameMomentComeBackTogetherOnOneCard()
    {
        var head = scenario.Head("CNTTBCVT");
        var unit = scenario.Unit("CNTTBCVT");
        var tomorrowAtEight = VietnamTime.AtLocal(new DateOnly(2023, 11, 21), new TimeOnly(8, 0));

        await scenario.InvokeAsync(head, UpdateScenario.Data(ProgressVerbs.Snooze, scenario.Task19, unit, UpdateScenario.MonthKey, snooze: "1d"));
        await scenario.InvokeAsync(head, UpdateScenario.Data(ProgressVerbs.Snooze, scenario.Task1, unit, UpdateScenario.QuarterKey, cardId: "c0ffee02", snooze: "1d"));
        await scenario.InvokeAsync(head, UpdateScenario.Data(ProgressVerbs.Snooze, scenario.Task19, unit, UpdateScenario.MonthKey, snooze: "1d"));
        await scenario.InvokeAsync(scenario.Head("TTBCXB"), UpdateScenario.Data(ProgressVerbs.Snooze, scenario.Task19, scenario.Unit("TTBCXB"), UpdateScenario.MonthKey, snooze: "1d"));

        var rows = await scenario.App.WithDbAsync(db => db.Outbox.AsNoTracking().Where(o => o.PersonId == head.Id).ToListAsync());
        var row = Assert.Single(rows);
        Assert.Equal((Snoozes.LinesKind, ReminderStage.Snooze, tomorrowAtEight), (row.Kind, row.Stage, row.NextAttemptAt));
        Assert.Equal(
            [(scenario.Task1, unit, UpdateScenario.QuarterKey), (scenario.Task19, unit, UpdateScenario.MonthKey)],
            ReminderLinesRow.Lines(row).Select(l => (l.TaskId, l.UnitId, l.PeriodKey)).Order());
        Assert.Null(row.TaskId);

        scenario.App.Clock.SetUtcNow(tomorrowAtEight.AddMinutes(1));
        await DispatchAsync();
        await scenario.Connector.WaitForCallsAsync(2);
        var card = Assert.Single(scenario.Connector.Calls, c => c.Path == $"/v3/conversations/a:personal-{head.TeamsUserId}/activities").Card!;
        Assert.Contains("Nhắc lại theo yêu cầu", CardJson.Text(card), StringComparison.Ordinal);
        Assert.Contains("Bạn đã hẹn PciBot nhắc lại 2 nhiệm vụ dưới đây.", CardJson.Text(card), StringComparison.Ordinal);
        Assert.Equal(
            [scenario.Task1, scenario.Task19],
            CardJson.Buttons(card).Where(b => (string?)b["verb"] == ProgressVerbs.Open).Select(b => (int)b["data"]!["taskId"]!).Order());
    }

    [Fact]
    public async Task ALaterChoiceMovesOnlyThatLineToItsNewMoment()
    {
        var head = scenario.Head("CNTTBCVT");
        var unit = scenario.Unit("CNTTBCVT");

        await scenario.InvokeAsync(head, UpdateScenario.Data(ProgressVerbs.Snooze, scenario.Task19, unit, UpdateScenario.MonthKey, snooze: "1d"));
        await scenario.InvokeAsync(head, UpdateScenario.Data(ProgressVerbs.Snooze, scenario.Task1, unit, UpdateScenario.QuarterKey, snooze: "1d"));
        await scenario.InvokeAsync(head, UpdateScenario.Data(ProgressVerbs.Snooze, scenario.Task1, unit, UpdateScenario.QuarterKey, snooze: "3d"));

        var rows = await scenario.App.WithDbAsync(db => db.Outbox.AsNoTracking().OrderBy(o => o.NextAttemptAt).ToListAsync());
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal(OutboxStatus.Pending, r.Status));
        Assert.Equal((scenario.Task19, unit, UpdateScenario.MonthKey), (rows[0].TaskId, rows[0].UnitId, rows[0].ReportPeriodKey));
        Assert.Equal((scenario.Task1, unit, UpdateScenario.QuarterKey), (rows[1].TaskId, rows[1].UnitId, rows[1].ReportPeriodKey));
        Assert.Equal(VietnamTime.AtLocal(new DateOnly(2023, 11, 23), new TimeOnly(8, 0)), rows[1].NextAttemptAt);
    }

    [Fact]
    public async Task OnlyThoseWhoMayUpdateCanSnooze()
    {
        var (_, body) = await scenario.InvokeAsync(UpdateScenario.Stranger, UpdateScenario.Data(ProgressVerbs.Snooze, scenario.Task19, scenario.Unit("TTBCXB"), UpdateScenario.MonthKey, snooze: "1d"));

        Assert.Contains("Không thể cập nhật", CardJson.Text(UpdateScenario.CardOf(body)), StringComparison.Ordinal);
        Assert.Equal(0, await scenario.App.WithDbAsync(db => db.Outbox.CountAsync()));
    }

    [Fact]
    public async Task ARequestForMoreTimeGoesToTheOfficeAsANotice()
    {
        var head = scenario.Head("TTBCXB");
        var data = UpdateScenario.Data(ProgressVerbs.Extend, scenario.Task19, scenario.Unit("TTBCXB"), UpdateScenario.MonthKey);
        data[ProgressFields.ExtendTo] = "2023-12-29";
        data[ProgressFields.ExtendReason] = "Chờ số liệu của Sở KH&ĐT";

        var (_, body) = await scenario.InvokeAsync(head, data);
        await scenario.InvokeAsync(head, data);

        Assert.Contains("Đã gửi Văn phòng Sở đề nghị gia hạn đến ngày 29/12/2023.", CardJson.Text(UpdateScenario.CardOf(body)), StringComparison.Ordinal);
        var office = scenario.People["office"];
        var row = Assert.Single(await scenario.App.WithDbAsync(db => db.Outbox.AsNoTracking().ToListAsync()));
        Assert.Equal((OfficeNotices.ScheduleKey, $"person:{office.Id}", ReminderStage.OfficeNotice), (row.ScheduleKey, row.RecipientKey, row.Stage));
        Assert.StartsWith(ExtensionRequests.SubjectPrefix, row.Subject, StringComparison.Ordinal);
        Assert.Null(row.TaskId);

        await DispatchAsync();
        var calls = await scenario.Connector.WaitForCallsAsync(2);
        var notice = Assert.Single(calls, c => c.Card is not null);
        Assert.Contains("Đề nghị gia hạn — Nhiệm vụ PCI 19", notice.CardText, StringComparison.Ordinal);
        Assert.Contains("Chờ số liệu của Sở KH&ĐT", notice.CardText, StringComparison.Ordinal);
        Assert.Contains("(hạn hiện tại: 14/12/2023)", notice.CardText, StringComparison.Ordinal);
        Assert.Empty(await scenario.UpdatesAsync());
        Assert.Equal(0, await scenario.App.WithDbAsync(db => db.Schedules.CountAsync(s => s.Key == Snoozes.ScheduleKey)));
    }

    [Fact]
    public async Task ARequestForMoreTimeWithoutADateOrReasonShowsTheErrorsAndQueuesNothing()
    {
        var data = UpdateScenario.Data(ProgressVerbs.Extend, scenario.Task19, scenario.Unit("TTBCXB"), UpdateScenario.MonthKey);
        data[ProgressFields.ExtendTo] = "2023-12-10";
        data[ProgressFields.ExtendReason] = "  ";
        data[ProgressFields.Result] = "Đang soạn báo cáo";

        var (_, body) = await scenario.InvokeAsync(scenario.Head("TTBCXB"), data);

        var card = UpdateScenario.CardOf(body);
        Assert.Null(CardJson.ById(card, ProgressCard.ExtensionContainerId)!["isVisible"]);
        Assert.Equal("Ngày đề nghị phải từ 15/12/2023 trở đi.", (string?)CardJson.ById(card, "extendToError")!["text"]);
        Assert.Equal("Hãy ghi lý do xin gia hạn.", (string?)CardJson.ById(card, "extendReasonError")!["text"]);
        Assert.Equal("2023-12-10", (string?)CardJson.ById(card, ProgressFields.ExtendTo)!["value"]);
        Assert.Equal("Đang soạn báo cáo", (string?)CardJson.ById(card, ProgressFields.Result)!["value"]);
        Assert.Equal(0, await scenario.App.WithDbAsync(db => db.Outbox.CountAsync()));
    }
}
