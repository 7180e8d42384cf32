using System.Text.Json.Nodes;
using PciBot.Outbox;
using PciBot.Schedules;
using PciBot.Updates;

namespace PciBot.Tests.Updates;

public sealed class ReminderCardTests : IAsyncLifetime
{
    private UpdateScenario scenario = null!;

    public async Task InitializeAsync() => scenario = await UpdateScenario.StartAsync();

    public async Task DisposeAsync() => await scenario.DisposeAsync();

    [Fact]
    public async Task AReminderIsTheUpdateFormWithEverythingTheUnitNeedsToAnswer()
    {
        var (row, card) = await scenario.ReminderAsync("TTBCXB", ReminderStage.Reminder);

        var text = CardJson.Text(card);
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.Equal("vi", (string?)card["lang"]);
        Assert.Contains("Nhắc báo cáo Tháng 12/2023", text, StringComparison.Ordinal);
        Assert.Contains("Đề nghị Phòng TTBCXB báo cáo kết quả thực hiện nhiệm vụ dưới đây trước ngày 14/12/2023.", text, StringComparison.Ordinal);
        Assert.Contains("Nhiệm vụ PCI 19 · 3225/KH-STTTT", text, StringComparison.Ordinal);
        Assert.Contains("A.VI", text, StringComparison.Ordinal);
        Assert.Contains("Trọng số", text, StringComparison.Ordinal);
        Assert.Contains("Chỉ tiêu 2023", text, StringComparison.Ordinal);
        Assert.Contains("Các phòng thuộc Sở", text, StringComparison.Ordinal);
        Assert.Contains("Sở KH&ĐT", text, StringComparison.Ordinal);
        Assert.Contains("Chưa có cập nhật cho kỳ này.", text, StringComparison.Ordinal);
        foreach (var label in new[] { "Tình trạng", "% hoàn thành", "Kết quả/sản phẩm", "Vướng mắc, kiến nghị", "Đường dẫn minh chứng" })
        {
            Assert.Contains(label, text, StringComparison.Ordinal);
        }

        Assert.Equal(
            ["Chưa triển khai", "Đang thực hiện", "Hoàn thành", "Vướng mắc"],
            CardJson.ById(card, ProgressFields.Status)!["choices"]!.AsArray().Select(c => (string)c!["title"]!));
        var show = CardJson.Descendants(card).Single(o => (string?)o["type"] == "Action.ToggleVisibility" && o["targetElements"]!.AsArray().Count == 2);
        Assert.Equal("Xem thêm / Thu gọn", (string?)show["title"]);

        var data = CardJson.Button(card, ProgressVerbs.Submit)["data"]!;
        Assert.Equal($"o{row.Id}", (string?)data["cardId"]);
        Assert.Equal((scenario.Task19, scenario.Unit("TTBCXB"), UpdateScenario.MonthKey), ((int)data["taskId"]!, (int)data["unitId"]!, (string?)data["periodKey"]));
        Assert.Equal(["29:aad-ttbcxb-head", "29:aad-ttbcxb-delegate", "29:aad-office", "29:aad-admin"], card["refresh"]!["userIds"]!.AsArray().Select(id => (string)id!));
    }

    [Fact]
    public async Task EveryButtonFallsBackToAnActionSubmitCarryingTheSameData()
    {
        var (_, card) = await scenario.ReminderAsync("TTBCXB", ReminderStage.Reminder);

        var buttons = CardJson.Buttons(card);
        Assert.Equal(5, buttons.Count);
        Assert.Equal(
            new[] { ProgressVerbs.Extend, ProgressVerbs.Snooze, ProgressVerbs.Snooze, ProgressVerbs.Snooze, ProgressVerbs.Submit },
            buttons.Select(b => (string)b["verb"]!).Order(StringComparer.Ordinal));
        foreach (var button in buttons)
        {
            var fallback = button["fallback"]!.AsObject();
            Assert.Equal("Action.Submit", (string?)fallback["type"]);
            Assert.Equal((string?)button["title"], (string?)fallback["title"]);
            Assert.True(JsonNode.DeepEquals(button["data"], fallback["data"]));
            Assert.Equal((string?)button["verb"], (string?)button["data"]!["verb"]);
        }

        Assert.Equal(["1d", "3d", "next-week"], buttons.Where(b => (string?)b["verb"] == ProgressVerbs.Snooze).Select(b => (string)b["data"]!["snooze"]!));
    }

    [Fact]
    public async Task AFollowUpAndASnoozedReminderSayWhatTheyAre()
    {
        var (_, followUp) = await scenario.ReminderAsync("VP", ReminderStage.FollowUp);
        var (_, snoozed) = await scenario.ReminderAsync("CNTTBCVT", ReminderStage.Snooze, "en-US");

        Assert.Contains("Nhắc lại: chưa có báo cáo Tháng 12/2023", CardJson.Text(followUp), StringComparison.Ordinal);
        Assert.Equal("attention", (string?)followUp["body"]![0]!["color"]);
        Assert.Contains("Reminder, as you asked", CardJson.Text(snoozed), StringComparison.Ordinal);
        Assert.Equal("en", (string?)snoozed["lang"]);
    }

    [Fact]
    public async Task TheReminderShowsTheUnitsLatestUpdate()
    {
        await scenario.InvokeAsync(scenario.Head("TTBCXB"), scenario.Submit19(status: "Blocked", percent: "30", obstacles: "Chờ hướng dẫn của Sở KH&ĐT"));

        var (_, card) = await scenario.ReminderAsync("TTBCXB", ReminderStage.FollowUp);

        var text = CardJson.Text(card);
        Assert.Contains("Vướng mắc", text, StringComparison.Ordinal);
        Assert.Contains("Chờ hướng dẫn của Sở KH&ĐT", text, StringComparison.Ordinal);
        Assert.Equal("Blocked", (string?)CardJson.ById(card, ProgressFields.Status)!["value"]);
        Assert.Equal(30, (double)CardJson.ById(card, ProgressFields.Percent)!["value"]!);
    }

    [Fact]
    public async Task RemindersOfOneRoundShareTheirLineButEachKeepsItsOwnCardIdAndLanguage()
    {
        await scenario.InvokeAsync(scenario.Head("TTBCXB"), scenario.Submit19(status: "Blocked", percent: "30", obstacles: "Chờ hướng dẫn"));
        var (first, _) = await scenario.ReminderAsync("TTBCXB", ReminderStage.Reminder);
        var (second, _) = await scenario.ReminderAsync("TTBCXB", ReminderStage.FollowUp, "en-US");
        var round = new OutboxRound();

        var vietnamese = await scenario.RenderAsync(first, "vi-VN", round);
        var english = await scenario.RenderAsync(second, "en-US", round);

        Assert.Equal($"o{first.Id}", (string?)CardJson.Button(vietnamese, ProgressVerbs.Submit)["data"]!["cardId"]);
        Assert.Equal($"o{second.Id}", (string?)CardJson.Button(english, ProgressVerbs.Submit)["data"]!["cardId"]);
        Assert.Contains("Nhắc báo cáo Tháng 12/2023", CardJson.Text(vietnamese), StringComparison.Ordinal);
        Assert.Contains("Reminder: no report yet for", CardJson.Text(english), StringComparison.Ordinal);
        Assert.Equal("en", (string?)english["lang"]);
        foreach (var card in new[] { vietnamese, english })
        {
            Assert.Equal(30, (double)CardJson.ById(card, ProgressFields.Percent)!["value"]!);
        }

        Assert.Equal(
            vietnamese["refresh"]!["userIds"]!.AsArray().Select(id => (string)id!),
            english["refresh"]!["userIds"]!.AsArray().Select(id => (string)id!));
    }
}
