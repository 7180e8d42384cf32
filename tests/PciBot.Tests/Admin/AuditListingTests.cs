using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PciBot.Audit;
using PciBot.Calendar;
using PciBot.Testing;
using PciBot.Tests.Infrastructure;

namespace PciBot.Tests.Admin;

public sealed class AuditListingTests
{
    private static readonly DateTimeOffset Now = VietnamTime.AtLocal(new DateOnly(2023, 11, 20), new TimeOnly(9, 0));

    [Theory]
    [InlineData("nhật ký", "vi-VN", "Nhật ký thay đổi")]
    [InlineData("audit", "en-US", "Audit log")]
    public async Task TheLogShowsTheLatestChangesFirstWithWhoWhatAndBeforeAndAfter(string command, string locale, string title)
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
        var holiday = log.IndexOf("`holiday.add` · 14/02/2024", StringComparison.Ordinal);
        var schedule = log.IndexOf("`schedule.edit` · monthly", StringComparison.Ordinal);
        Assert.InRange(holiday, 0, schedule);
        Assert.Contains($"{entries[0].ActorName} · `schedule.edit`", log, StringComparison.Ordinal);
        Assert.Contains("— → Nghỉ Tết bổ sung", log, StringComparison.Ordinal);
        Assert.Contains("\\\"rule\\\":\\\"Plan\\\"", log, StringComparison.Ordinal);
        Assert.Contains("\\\"rule\\\":\\\"MonthlyDay\\\"", log, StringComparison.Ordinal);
        Assert.Contains(CalendarTexts.LocalMoment(entries[1].At), log, StringComparison.Ordinal);
    }
}
