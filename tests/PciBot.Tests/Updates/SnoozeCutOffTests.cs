using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PciBot.Calendar;
using PciBot.Outbox;
using PciBot.Schedules;
using PciBot.Tests.Infrastructure;
using PciBot.Updates;

namespace PciBot.Tests.Updates;

/// <summary>
/// "Nhắc lại sau" on Monday 11 December 2023, three days before the 14 December cut-off of PCI 19's December report:
/// one day is before it, three days fall on it, next week after it, and the card says so.
/// </summary>
public sealed class SnoozeCutOffTests(CardValidator validator) : IClassFixture<CardValidator>, IAsyncLifetime
{
    /// <summary>After the morning's reminders, so that the schedules have nothing left to send.</summary>
    private static readonly DateTimeOffset Eleventh = VietnamTime.AtLocal(new DateOnly(2023, 12, 11), new TimeOnly(9, 0));

    private UpdateScenario scenario = null!;

    public async Task InitializeAsync() => scenario = await UpdateScenario.StartAsync(now: Eleventh);

    public async Task DisposeAsync() => await scenario.DisposeAsync();

    private JsonObject Data19(string verb, string? snooze = null) =>
        UpdateScenario.Data(verb, scenario.Task19, scenario.Unit("TTBCXB"), UpdateScenario.MonthKey, snooze: snooze);

    private static List<string> SnoozeTitles(JsonObject card) =>
        CardJson.Buttons(card).Where(b => (string?)b["verb"] == ProgressVerbs.Snooze).Select(b => (string)b["title"]!).ToList();

    private static string? Note(JsonObject card) =>
        CardJson.ById(card, ProgressCard.SnoozeContainerId)!["items"]!.AsArray().Select(i => (string?)i!["text"]).FirstOrDefault(t => t?.StartsWith("Lưu ý", StringComparison.Ordinal) == true || t?.StartsWith("Note", StringComparison.Ordinal) == true);

    [Fact]
    public async Task EachChoiceShowsItsDayAndThoseOnOrAfterTheCutOffSaySo()
    {
        var card = UpdateScenario.CardOf((await scenario.InvokeAsync(scenario.Head("TTBCXB"), Data19(ProgressVerbs.Refresh))).Body);
        var english = UpdateScenario.CardOf((await scenario.InvokeAsync(scenario.Head("TTBCXB"), Data19(ProgressVerbs.Refresh), "en-US")).Body);

        Assert.Equal(["1 ngày (12/12)", "3 ngày (14/12, hạn chót)", "Tuần sau (18/12, sau hạn)"], SnoozeTitles(card));
        Assert.Equal("Lưu ý: hạn báo cáo là 14/12/2023; 3 ngày (14/12) nhắc đúng ngày hết hạn; Tuần sau (18/12) nhắc sau hạn báo cáo.", Note(card));
        Assert.Equal(["1 day (12/12)", "3 days (14/12, cut-off day)", "Next week (18/12, after cut-off)"], SnoozeTitles(english));
        Assert.Equal("Note: reports are due by 14/12/2023; 3 days (14/12) comes on the cut-off day; Next week (18/12) comes after the cut-off.", Note(english));
    }

    [Fact]
    public async Task TheReminderCardItselfOffersTheSameChoices()
    {
        var (_, card) = await scenario.ReminderAsync("TTBCXB", ReminderStage.Reminder);

        Assert.Equal(["1 ngày (12/12)", "3 ngày (14/12, hạn chót)", "Tuần sau (18/12, sau hạn)"], SnoozeTitles(card));
        Assert.NotNull(Note(card));
    }

    [Fact]
    public async Task NextWeekPressedOnTheEleventhSaysTheReminderComesAfterTheCutOff()
    {
        var head = scenario.Head("TTBCXB");

        var late = UpdateScenario.CardOf((await scenario.InvokeAsync(head, Data19(ProgressVerbs.Snooze, "next-week"))).Body);
        var row = await scenario.App.WithDbAsync(db => db.Outbox.AsNoTracking().SingleAsync(o => o.ScheduleKey == Snoozes.ScheduleKey));
        var soon = UpdateScenario.CardOf((await scenario.InvokeAsync(head, Data19(ProgressVerbs.Snooze, "1d"))).Body);

        var banner = late["body"]![1]!;
        Assert.Equal("Đã hẹn: PciBot sẽ nhắc lại lúc 08:00 18/12/2023, sau hạn báo cáo 14/12/2023.", (string?)banner["text"]);
        Assert.Equal("warning", (string?)banner["color"]);
        Assert.Equal(VietnamTime.AtLocal(new DateOnly(2023, 12, 18), new TimeOnly(8, 0)), row.NextAttemptAt);
        Assert.Equal("Đã hẹn: PciBot sẽ nhắc lại lúc 08:00 12/12/2023.", (string?)soon["body"]![1]!["text"]);
        Assert.Equal("good", (string?)soon["body"]![1]!["color"]);
    }

    [Fact]
    public async Task ThreeDaysOnTheEleventhSaysTheReminderComesOnTheCutOffDay()
    {
        var card = UpdateScenario.CardOf((await scenario.InvokeAsync(scenario.Head("TTBCXB"), Data19(ProgressVerbs.Snooze, "3d"), "en-US")).Body);

        Assert.Equal("Done: PciBot will remind you again at 08:00 14/12/2023 (Vietnam time), on the cut-off day.", (string?)card["body"]![1]!["text"]);
    }

    [Fact]
    public async Task TheCardWithItsNotesIsAValidAdaptiveCard15()
    {
        var cards = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var (language, locale) in new[] { ("vi", "vi-VN"), ("en", "en-US") })
        {
            cards[$"snooze-choices-{language}"] = UpdateScenario.CardOf((await scenario.InvokeAsync(scenario.Head("TTBCXB"), Data19(ProgressVerbs.Refresh), locale)).Body);
            cards[$"snoozed-after-cut-off-{language}"] = UpdateScenario.CardOf((await scenario.InvokeAsync(scenario.Head("TTBCXB"), Data19(ProgressVerbs.Snooze, "next-week"), locale)).Body);
        }

        var run = await validator.ValidateAsync(cards);

        Assert.True(run.ExitCode == 0, run.Printed);
        Assert.Equal(cards.Count, run.Output.Split('\n').Count(l => l.StartsWith("valid: ", StringComparison.Ordinal)));
    }
}
