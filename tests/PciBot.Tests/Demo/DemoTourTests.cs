using PciBot.Calendar;
using PciBot.Outbox;
using PciBot.Tests.Reminders;

namespace PciBot.Tests.Demo;

/// <summary>The cards of the README's ten-minute tour, on the demo roster, through the connector as the Playground gets them.</summary>
public sealed class DemoTourTests
{
    private static readonly DateTimeOffset MondayEight = VietnamTime.AtLocal(new DateOnly(2023, 12, 11), new TimeOnly(8, 0));

    private static readonly DateTimeOffset WednesdayEight = VietnamTime.AtLocal(new DateOnly(2023, 12, 13), new TimeOnly(8, 0));

    [Fact]
    public async Task TheTourMorningBringsVietnameseRemindersToTheCurrentUserAndTheDigestWithMentionsToTheOfficeChannel()
    {
        await using var demo = await DemoScenario.StartAsync();
        demo.App.Clock.Advance(MondayEight - DemoScenario.TourStart);
        await Dispatching.SchedulesFiredAsync(demo.App);
        await Dispatching.DrainedAsync(demo.App, TimeSpan.FromSeconds(60), atLeast: 5);

        var quan = demo.Setup.CurrentUser;
        var personal = demo.Connector.ConversationOf(quan.Id);
        Assert.NotNull(personal);
        var reminders = demo.Connector.DeliveriesTo(personal!).Select(d => d.Call.CardText).ToList();
        Assert.Contains(reminders, c => c.Contains("Nhắc báo cáo Tháng 12/2023", StringComparison.Ordinal) && c.Contains("PCI 19", StringComparison.Ordinal));
        Assert.Contains(reminders, c => c.Contains("Nhắc báo cáo Quý IV/2023", StringComparison.Ordinal));
        Assert.All(reminders, c => Assert.Contains("Phòng TTBCXB", c, StringComparison.Ordinal));

        var digest = Assert.Single(demo.Connector.Calls, c => c.CardText.Contains("Bản tin tiến độ", StringComparison.Ordinal));
        Assert.StartsWith(demo.Setup.OfficeChannelId, digest.ConversationId ?? (string?)digest.Body?["channelData"]?["channel"]?["id"] ?? "", StringComparison.Ordinal);
        var mentioned = digest.Card!["msteams"]!["entities"]!.AsArray().Select(e => (string?)e!["mentioned"]?["id"]).ToList();
        Assert.Contains(quan.Id, mentioned);
        Assert.Contains(demo.Setup.User("Phạm Quốc Huy").Id, mentioned);
    }

    [Fact]
    public async Task AfterAnUpdateOnTask19TheFollowUpAsksOnlyForWhatIsStillMissing()
    {
        await using var demo = await DemoScenario.StartAsync();
        var quan = demo.Setup.CurrentUser;
        demo.App.Clock.Advance(MondayEight - DemoScenario.TourStart);
        await Dispatching.SchedulesFiredAsync(demo.App);
        await Dispatching.DrainedAsync(demo.App, TimeSpan.FromSeconds(60), atLeast: 5);

        var update = await demo.SayAsync(quan, "cập nhật nhiệm vụ 19");
        Assert.Contains("Gửi cập nhật", update.CardText, StringComparison.Ordinal);
        var rollup = await demo.SayAsync(quan, "tổng hợp quý này");
        Assert.Contains("rollup-2023-Q4.docx", rollup.CardText + (string?)rollup.Body!["text"], StringComparison.Ordinal);
        var edit = await demo.SayAsync(quan, "sửa lịch nhắc monthly");
        Assert.Contains("Lưu", edit.CardText, StringComparison.Ordinal);

        var before = demo.Connector.Calls.Count;
        demo.App.Clock.Advance(WednesdayEight - MondayEight);
        await Dispatching.SchedulesFiredAsync(demo.App);
        var rows = await Dispatching.DrainedAsync(demo.App, TimeSpan.FromSeconds(60));
        Assert.Contains(rows, r => r.Status == OutboxStatus.Sent && r.PeriodKey == "2023-Q4/follow-up");
        var followUps = demo.Connector.Calls.Skip(before).Where(c => c.CardText.Contains("Nhắc lại: chưa có báo cáo", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(followUps);
    }
}
