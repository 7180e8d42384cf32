using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PciBot.Admin;
using PciBot.Audit;
using PciBot.Calendar;
using PciBot.Localization;
using PciBot.Schedules;
using PciBot.Testing;
using PciBot.Tests.Infrastructure;
using Quartz;

namespace PciBot.Tests.Admin;

public sealed class HolidayAdminTests
{
    private static readonly DateTimeOffset Now = VietnamTime.AtLocal(new DateOnly(2023, 11, 20), new TimeOnly(9, 0));

    private static JsonObject Add(string year, string date, string name, string working = "false") => new()
    {
        ["verb"] = "admin.holiday.add", ["target"] = year, ["date"] = date, ["name"] = name, ["isWorkingDay"] = working,
    };

    [Theory]
    [InlineData("ngày nghỉ 2024", "vi-VN", "Ngày nghỉ năm 2024", "Tết Nguyên đán", "Ngày Chiến thắng", "Quốc khánh")]
    [InlineData("holidays 2024", "en-US", "Days off in 2024", "Lunar New Year (Tết)", "Reunification Day", "National Day")]
    public async Task TheYearsComputedDaysOffAreListedInTheAdminsLanguage(string command, string locale, string title, string tet, string reunification, string nationalDay)
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = PciBotApp.Create(now: Now, settings: AdminScenario.Settings);

        var answer = await AdminScenario.SayAsync(app, connector, AdminScenario.Message(connector, command, locale: locale));

        Assert.Contains(title, answer, StringComparison.Ordinal);
        Assert.Contains($"\"title\":\"10/02/2024\",\"value\":\"{tet}", answer, StringComparison.Ordinal);
        Assert.Contains($"\"title\":\"30/04/2024\",\"value\":\"{reunification}", answer, StringComparison.Ordinal);
        Assert.Contains("\"title\":\"01/05/2024\"", answer, StringComparison.Ordinal);
        Assert.Contains($"\"title\":\"02/09/2024\",\"value\":\"{nationalDay}", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("\"title\":\"11/03/2024\"", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnExtraDayOffOnTheMonthlyReminderMovesItToThePreviousWorkingDayAndRemovingItMovesItBack()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = PciBotApp.Create(now: Now, settings: AdminScenario.Settings);
        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        async Task<DateTimeOffset?> NextMonthlyAsync() => (await scheduler.GetTrigger(ScheduleJob.TriggerFor("monthly")))?.NextFireTimeUtc;

        // The November report is due on Thursday 14/12: the reminder comes three working days before, on Monday 11/12.
        var before = await NextMonthlyAsync();
        Assert.Equal(VietnamTime.AtLocal(new DateOnly(2023, 12, 11), new TimeOnly(8, 0)), before);

        var added = AdminScenario.Readable(await AdminScenario.InvokeAsync(app, connector, Add("2023", "11/12/2023", "Nghỉ bù sự kiện tỉnh")));

        Assert.Contains("Đã thêm điều chỉnh ngày 11/12/2023", added, StringComparison.Ordinal);
        Assert.Contains("11/12/2023 · Nghỉ bù sự kiện tỉnh", added, StringComparison.Ordinal);
        Assert.Equal(VietnamTime.AtLocal(new DateOnly(2023, 12, 8), new TimeOnly(8, 0)), await NextMonthlyAsync());
        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync());
        Assert.Equal(("holiday.add", "11/12/2023", null, "Nghỉ bù sự kiện tỉnh", AdminScenario.AdminAad), (audit.Action, audit.Subject, audit.Before, audit.After, audit.ActorAadObjectId));
        var listed = await AdminScenario.SayAsync(app, connector, AdminScenario.Message(connector, "ngày nghỉ 2023"));
        Assert.Contains("11/12/2023 · Nghỉ bù sự kiện tỉnh", listed, StringComparison.Ordinal);

        var id = await app.WithDbAsync(db => db.HolidayExceptions.Select(e => e.Id).SingleAsync());
        var removed = AdminScenario.Readable(await AdminScenario.InvokeAsync(app, connector, new JsonObject { ["verb"] = "admin.holiday.remove", ["target"] = id.ToString(CultureInfo.InvariantCulture) }));

        Assert.Contains("Đã xóa điều chỉnh ngày 11/12/2023", removed, StringComparison.Ordinal);
        Assert.DoesNotContain("Nghỉ bù sự kiện tỉnh", removed, StringComparison.Ordinal);
        Assert.Equal(before, await NextMonthlyAsync());
        Assert.Equal(0, await app.WithDbAsync(db => db.HolidayExceptions.CountAsync()));
        Assert.Equal("Nghỉ bù sự kiện tỉnh", (await app.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "holiday.remove"))).Before);
    }

    [Fact]
    public async Task AnExtraWorkingDayIsListedAsOneAndCountsForTheSchedules()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = PciBotApp.Create(now: Now, settings: AdminScenario.Settings);

        var card = AdminScenario.Readable(await AdminScenario.InvokeAsync(app, connector, Add("2023", "25/11/2023", "Làm bù", "true")));

        Assert.Contains("25/11/2023 · Làm bù (Ngày làm việc bù)", card, StringComparison.Ordinal);
        Assert.Contains("(working day)", (await app.WithDbAsync(db => db.AuditEntries.SingleAsync())).After, StringComparison.Ordinal);
        var calendar = await app.Services.GetRequiredService<WorkingCalendarSource>().GetAsync(CancellationToken.None);
        Assert.True(calendar.IsWorkingDay(new DateOnly(2023, 11, 25)));
    }

    [Theory]
    [InlineData("31/02/2024", "Nghỉ thêm", "false", "date")]
    [InlineData("ngày mai", "Nghỉ thêm", "true", "date")]
    [InlineData("14/02/2024", "   ", "false", "name")]
    public async Task ABadDateOrAnEmptyNameIsRefusedWithWhatWasTypedKept(string date, string name, string working, string field)
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = PciBotApp.Create(now: Now, settings: AdminScenario.Settings);

        var card = await AdminScenario.InvokeAsync(app, connector, Add("2024", date, name, working));

        var inputs = card["body"]!.AsArray().Where(e => e!["id"] is not null).ToDictionary(e => (string)e!["id"]!, e => e!.AsObject());
        Assert.NotNull((string?)inputs[field]["errorMessage"]);
        Assert.Equal(date, (string?)inputs["date"]["value"]);
        Assert.Equal(name, (string?)inputs["name"]["value"]);
        Assert.Equal(working, (string?)inputs["isWorkingDay"]["value"]);
        Assert.Equal(0, await app.WithDbAsync(db => db.HolidayExceptions.CountAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task ASecondChangeOnTheSameDayIsRefused()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = PciBotApp.Create(now: Now, settings: AdminScenario.Settings);
        await AdminScenario.InvokeAsync(app, connector, Add("2024", "14/02/2024", "Nghỉ Tết bổ sung"));

        var card = AdminScenario.Readable(await AdminScenario.InvokeAsync(app, connector, Add("2024", "14/02/2024", "Lần nữa")));

        Assert.Contains(BotTexts.For("vi-VN").Admin.ExceptionExists, card, StringComparison.Ordinal);
        Assert.Equal("Nghỉ Tết bổ sung", await app.WithDbAsync(db => db.HolidayExceptions.Select(e => e.Name).SingleAsync()));
    }
}
