using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PciBot.Audit;
using PciBot.Calendar;
using PciBot.People;
using PciBot.Testing;
using PciBot.Tests.Infrastructure;

namespace PciBot.Tests.Admin;

public sealed class AuditListingTests
{
    private static readonly DateTimeOffset Now = VietnamTime.AtLocal(new DateOnly(2023, 11, 20), new TimeOnly(9, 0));

    [Theory]
    [InlineData("nhật ký", "vi-VN", "Nhật ký thay đổi", "Thêm ngày nghỉ, làm bù", "Sửa lịch nhắc", "Giờ gửi: 08:00 → 09:30", "Quy tắc: Plan → MonthlyDay")]
    [InlineData("audit", "en-US", "Audit log", "Day off or working day added", "Schedule edited", "Time: 08:00 → 09:30", "Rule: Plan → MonthlyDay")]
    public async Task TheLogShowsTheLatestChangesFirstWithWhoWhatAndWhatChanged(string command, string locale, string title, string holidayAdded, string scheduleEdited, string timeChanged, string ruleChanged)
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = PciBotApp.Create(now: Now, settings: AdminScenario.Settings);
        await AdminScenario.SayAsync(app, connector, AdminScenario.Message(connector, "lịch nhắc"));
        await AdminScenario.InvokeAsync(app, connector, new JsonObject
        {
            ["verb"] = "admin.schedule.save", ["target"] = "monthly", ["timeOfDay"] = "09:30", ["rule"] = "MonthlyDay", ["ruleValue"] = "5", ["followUp"] = "", ["recipients"] = "plan",
        });
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await AdminScenario.InvokeAsync(app, connector, new JsonObject
        {
            ["verb"] = "admin.holiday.add", ["target"] = "2024", ["date"] = "14/02/2024", ["name"] = "Nghỉ Tết bổ sung", ["isWorkingDay"] = "false",
        });
        var entries = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(["schedule.edit", "holiday.add"], entries.Select(e => e.Action));

        var log = await AdminScenario.SayAsync(app, connector, AdminScenario.Message(connector, command, locale: locale));

        Assert.Contains(title, log, StringComparison.Ordinal);
        var holiday = log.IndexOf($"{holidayAdded} · 14/02/2024", StringComparison.Ordinal);
        var schedule = log.IndexOf($"{scheduleEdited} · monthly", StringComparison.Ordinal);
        Assert.InRange(holiday, 0, schedule);
        Assert.Contains($"{entries[0].ActorName} · {scheduleEdited}", log, StringComparison.Ordinal);
        Assert.Contains("— → Nghỉ Tết bổ sung", log, StringComparison.Ordinal);
        Assert.Contains(timeChanged, log, StringComparison.Ordinal);
        Assert.Contains(ruleChanged, log, StringComparison.Ordinal);
        Assert.DoesNotContain("\\\"rule\\\"", log, StringComparison.Ordinal);
        Assert.DoesNotContain("schedule.edit", log, StringComparison.Ordinal);
        Assert.Contains(CalendarTexts.LocalMoment(entries[1].At), log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARoleChangeIsListedWithThePersonsNameAndTheRolesThatChanged()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = PciBotApp.Create(now: Now, settings: AdminScenario.Settings);
        await app.WithDbAsync(db => TestPeople.HeadAsync(db, "TTBCXB", "aad-nguyen-van-a"));
        await app.WithDbAsync(async db =>
        {
            var person = await db.People.SingleAsync(p => p.AadObjectId == "aad-nguyen-van-a");
            person.Name = "Nguyễn Văn A";
            db.AuditEntries.Add(new AuditEntry
            {
                At = app.Clock.GetUtcNow(), ActorAadObjectId = AdminScenario.AdminAad, ActorName = "Quản trị viên", Action = "role.assign", Subject = "aad-nguyen-van-a",
                Before = "{\"admin\":false,\"office\":false,\"units\":[]}", After = "{\"admin\":false,\"office\":true,\"units\":[\"TTBCXB:Head\"]}",
            });
            return await db.SaveChangesAsync();
        });

        var log = await AdminScenario.SayAsync(app, connector, AdminScenario.Message(connector, "nhật ký"));

        Assert.Contains("Quản trị viên · Gán vai trò · Nguyễn Văn A", log, StringComparison.Ordinal);
        Assert.Contains("Cán bộ Văn phòng: không → có; Đơn vị: — → TTBCXB:Head", log, StringComparison.Ordinal);
        Assert.DoesNotContain("aad-nguyen-van-a", log, StringComparison.Ordinal);
        Assert.DoesNotContain("Quản trị viên: ", log, StringComparison.Ordinal);
    }
}
