using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PciBot.Audit;
using PciBot.Calendar;
using PciBot.Outbox;
using PciBot.Registry;
using PciBot.Schedules;
using PciBot.Testing;
using PciBot.Tests.Infrastructure;

namespace PciBot.Tests.Admin;

public sealed class AdminAccessTests
{
    private const string Someone = "aad-someone";

    [Theory]
    [InlineData("lịch nhắc", "chỉ quản trị viên PciBot")]
    [InlineData("schedules", "only PciBot admins")]
    [InlineData("sửa lịch nhắc monthly", "chỉ quản trị viên PciBot")]
    [InlineData("ngày nghỉ 2024", "chỉ quản trị viên PciBot")]
    [InlineData("holidays 2024", "only PciBot admins")]
    [InlineData("nhật ký", "chỉ quản trị viên PciBot")]
    [InlineData("audit", "only PciBot admins")]
    [InlineData("nhập kế hoạch", "chỉ quản trị viên PciBot")]
    [InlineData("chuyển kế hoạch sang năm 2024", "chỉ quản trị viên PciBot")]
    [InlineData("roll over plan to 2024", "only PciBot admins")]
    [InlineData("điều kiện nhiệm vụ 10 đã đáp ứng", "chỉ quản trị viên PciBot")]
    [InlineData("condition met task 10", "only PciBot admins")]
    public async Task SomeoneWhoIsNotAnAdminIsToldPolitelyForEveryCommandInItsLanguage(string command, string refusal)
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = PciBotApp.Create(settings: AdminScenario.Settings);

        var answer = await AdminScenario.SayAsync(app, connector, AdminScenario.Message(connector, command, aad: Someone));

        Assert.Contains(refusal, answer, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.AuditEntries.CountAsync()));
        Assert.Null(await app.WithDbAsync(db => db.Tasks.Where(t => t.ConditionMetAt != null).Select(t => (int?)t.Id).FirstOrDefaultAsync()));
        Assert.Equal(1, await app.WithDbAsync(db => db.Plans.CountAsync()));
    }

    [Fact]
    public async Task SomeoneWhoIsNotAnAdminCannotImportAPlanFile()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = PciBotApp.Create(settings: AdminScenario.Settings);
        var json = await File.ReadAllBytesAsync(Directory.EnumerateFiles(RepositoryRoot.Seeds, "plan-*.json").Single());

        var answer = await AdminScenario.SayAsync(app, connector, AdminScenario.FileMessage(connector, "plan.json", "json", json, aad: Someone));

        Assert.Contains("chỉ quản trị viên PciBot", answer, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.PlanImports.CountAsync()));
    }

    [Theory]
    [InlineData("admin.schedule.edit", "monthly")]
    [InlineData("admin.schedule.save", "monthly")]
    [InlineData("admin.schedule.pause", "monthly")]
    [InlineData("admin.schedule.resume", "monthly")]
    [InlineData("admin.schedule.run", "monthly")]
    [InlineData("admin.holiday.add", "2024")]
    [InlineData("admin.holiday.remove", "1")]
    [InlineData("admin.import.apply", "1")]
    [InlineData("admin.import.discard", "1")]
    [InlineData("admin.rollover.apply", "2024")]
    public async Task SomeoneWhoIsNotAnAdminIsRefusedForEveryCardActionAndNothingChanges(string verb, string key)
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = PciBotApp.Create(settings: AdminScenario.Settings);
        var data = new JsonObject
        {
            ["verb"] = verb, ["target"] = key, ["timeOfDay"] = "10:00", ["rule"] = "Plan", ["ruleValue"] = "2", ["followUp"] = "1", ["recipients"] = "plan",
            ["date"] = "01/02/2024", ["name"] = "Nghỉ thêm", ["isWorkingDay"] = "false",
        };
        var schedules = await app.WithDbAsync(db => db.Schedules.AsNoTracking().Select(s => new { s.Key, s.TimeOfDay, s.IsPaused, s.UpdatedAt }).ToListAsync());

        var card = AdminScenario.Readable(await AdminScenario.InvokeAsync(app, connector, data, aad: Someone, userId: "29:someone"));

        Assert.Contains("chỉ quản trị viên PciBot", card, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.AuditEntries.CountAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.HolidayExceptions.CountAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.Outbox.CountAsync()));
        Assert.Equal(1, await app.WithDbAsync(db => db.Plans.CountAsync()));
        Assert.Equal(
            schedules.Select(s => s.ToString()),
            (await app.WithDbAsync(db => db.Schedules.AsNoTracking().Select(s => new { s.Key, s.TimeOfDay, s.IsPaused, s.UpdatedAt }).ToListAsync())).Select(s => s.ToString()));
    }

    [Fact]
    public async Task TheActionSubmitFallbackIsCheckedTheSameWay()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = PciBotApp.Create(settings: AdminScenario.Settings);
        var submit = Activities.CardSubmit(connector.ServiceUrl, new JsonObject { ["verb"] = "admin.schedule.pause", ["target"] = "monthly" }, "29:someone", Someone);

        var answer = await AdminScenario.SayAsync(app, connector, submit);

        Assert.Contains("chỉ quản trị viên PciBot", answer, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Schedules.Where(s => s.Key == "monthly").Select(s => s.IsPaused).SingleAsync()));
    }
}
