using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PciBot.Audit;
using PciBot.Conversations;
using PciBot.Outbox;
using PciBot.People;
using PciBot.Testing;
using PciBot.Tests.Admin;
using PciBot.Tests.Infrastructure;
using PciBot.Tests.Reminders;

namespace PciBot.Tests.Roster;

/// <summary>From an empty people table to reminders that arrive: one roster file, one Apply, the app installed through Graph.</summary>
public sealed class RosterToRemindersTests
{
    [Fact]
    public async Task OneRosterAndOneApplyMakeEveryHeadReachableAndAPersonNeverSeenGetsTheQ4ReminderOnce()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var graph = await FakeGraph.StartAsync();
        await using var app = PciBotApp.Create(now: ReminderDeliveryTests.BeforeQ4Reminder, settings: RosterScenario.Settings(connector, graph));
        Assert.Equal(0, await app.WithDbAsync(db => db.People.CountAsync()));
        var units = await RosterScenario.LeadUnitsAsync(app);
        Assert.NotEmpty(units);

        var heads = units.ToDictionary(u => u.Code, u => graph.AddUser(RosterScenario.Principal(u.Code, "head"), $"Trưởng {u.Name}"));
        var delegateUser = graph.AddUser(RosterScenario.Principal(units[0].Code, "delegate"), $"Ủy quyền {units[0].Name}");
        graph.AlreadyInstalled(heads[units[^1].Code].Id);
        graph.AddUser($"twin.a@{RosterScenario.Domain}", "Twin A", $"shared@{RosterScenario.Domain}");
        graph.AddUser($"twin.b@{RosterScenario.Domain}", "Twin B", $"shared@{RosterScenario.Domain}");
        var rows = units.Select(u => (u.Name, $"Trưởng {u.Name}", heads[u.Code].UserPrincipalName, "Trưởng")).ToList();
        rows.Add((units[0].Code, "Ủy quyền", delegateUser.UserPrincipalName, "ủy quyền"));
        rows.Add(("Phòng Không Có", "Người Lạ", $"stranger@{RosterScenario.Domain}", "trưởng"));
        rows.Add((units[0].Name, "Người Không Có", $"nobody@{RosterScenario.Domain}", "trưởng"));
        rows.Add((units[0].Name, "Hai Người", $"shared@{RosterScenario.Domain}", "ủy quyền"));
        rows.Add((units[0].Name, "Ai Đó", $"someone@{RosterScenario.Domain}", "thư ký"));

        var preview = await AdminScenario.SayAsync(app, connector, AdminScenario.FileMessage(connector, "danh-sach-can-bo.csv", "csv", RosterScenario.Csv(rows)));

        Assert.Contains($"Thêm {units.Count + 1} vai trò, đổi 0, bỏ 0.", preview, StringComparison.Ordinal);
        Assert.Contains("4 dòng không khớp", preview, StringComparison.Ordinal);
        Assert.Contains("không có đơn vị này", preview, StringComparison.Ordinal);
        Assert.Contains("không tìm thấy tài khoản này", preview, StringComparison.Ordinal);
        Assert.Contains("nhiều tài khoản có cùng địa chỉ này", preview, StringComparison.Ordinal);
        Assert.Contains("thư ký\\\" không rõ", preview, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.People.CountAsync()));
        var import = await app.WithDbAsync(db => db.RosterImports.SingleAsync());
        var id = import.Id.ToString(CultureInfo.InvariantCulture);

        var applied = await RosterScenario.PressAsync(app, connector, "roster.apply", id);
        var again = await RosterScenario.PressAsync(app, connector, "roster.apply", id);

        Assert.Contains($"Đã áp dụng danh sách cán bộ: {units.Count + 1} thay đổi vai trò.", applied, StringComparison.Ordinal);
        Assert.Contains($"Đã cài PciBot và mở cuộc trò chuyện cho {units.Count + 1} người", applied, StringComparison.Ordinal);
        Assert.Contains("đã được áp dụng hoặc hủy", again, StringComparison.Ordinal);
        var memberships = await app.WithDbAsync(db => db.UnitMemberships.Include(m => m.Unit).Include(m => m.Person).ToListAsync());
        Assert.Equal(units.Count + 1, memberships.Count);
        Assert.All(units, u => Assert.Contains(memberships, m => m.Unit!.Code == u.Code && m.Role == MembershipRole.Head && m.Person!.AadObjectId == heads[u.Code].Id));
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "roster.import")));
        Assert.Equal(units.Count, graph.Installations.Count(i => heads.Values.Any(h => h.Id == i)));
        var chats = await app.WithDbAsync(db => db.Conversations.Where(c => c.Kind == ConversationKind.Personal && c.IsReachable).Select(c => c.UserAadObjectId).ToListAsync());
        Assert.All(heads.Values, h => Assert.Contains(h.Id, chats));

        var readiness = await AdminScenario.SayAsync(app, connector, AdminScenario.Message(connector, "sẵn sàng nhận nhắc việc"));

        Assert.Contains($"{units.Count}/{units.Count} đơn vị chủ trì có người nhận được nhắc việc ngay bây giờ.", readiness, StringComparison.Ordinal);
        Assert.DoesNotContain("Chưa có người nhận", readiness, StringComparison.Ordinal);

        app.Clock.Advance(ReminderDeliveryTests.AtQ4Reminder - ReminderDeliveryTests.BeforeQ4Reminder);
        await Dispatching.SchedulesFiredAsync(app);
        var outbox = await Dispatching.DrainedAsync(app, TimeSpan.FromSeconds(60), atLeast: units.Count);

        var newcomer = heads[units[0].Code];
        var person = await app.WithDbAsync(db => db.People.SingleAsync(p => p.AadObjectId == newcomer.Id));
        var q4 = outbox.Where(r => r.PersonId == person.Id && r.ReportPeriodKey == "2023-Q4").ToList();
        var reminder = Assert.Single(q4, r => r.ScheduleKey == "quarterly");
        Assert.Equal(OutboxStatus.Sent, reminder.Status);
        Assert.Equal(FakeGraph.ChatOf(newcomer.Id), reminder.ConversationId);
        Assert.Single(connector.Deliveries, d => d.ActivityId == reminder.ActivityId);
        Assert.Equal(outbox.Count(r => r.PersonId == person.Id && r.Status == OutboxStatus.Sent), connector.DeliveriesTo(FakeGraph.ChatOf(newcomer.Id)).Count);
        Assert.Empty(outbox.Where(r => r.Status != OutboxStatus.Sent).Select(r => $"{r.Id} {r.Status} {r.LastError}"));
        Assert.Empty(connector.CreatedConversations);
        Assert.Equal(0, graph.IgnoredRetryAfter);
    }
}
