using System.Text.Json.Nodes;
using PciBot.Updates;

namespace PciBot.Tests.Updates;

/// <summary>"Sửa cập nhật": after a submit the card keeps an Edit button; what is sent again is a new entry, never an edit in place.</summary>
public sealed class EditUpdateTests : IAsyncLifetime
{
    private UpdateScenario scenario = null!;

    public async Task InitializeAsync() => scenario = await UpdateScenario.StartAsync();

    public async Task DisposeAsync() => await scenario.DisposeAsync();

    /// <summary>Submits from the TTBCXB line of PCI 19 and returns the updated card.</summary>
    private async Task<JsonObject> SubmitAsync(JsonObject data, string locale = "vi-VN") =>
        UpdateScenario.CardOf((await scenario.InvokeAsync(scenario.Head("TTBCXB"), data, locale)).Body);

    /// <summary>Presses the card's Edit button as <paramref name="who"/> and returns the answer.</summary>
    private async Task<JsonObject> EditAsync(JsonObject updated, PciBot.People.Person? who = null, string locale = "vi-VN")
    {
        var data = CardJson.Button(updated, ProgressVerbs.Edit)["data"]!.DeepClone().AsObject();
        return (await scenario.InvokeAsync(who ?? scenario.Head("TTBCXB"), data, locale)).Body;
    }

    /// <summary>The data the form's submit button sends, with what was entered on it, as Teams sends it.</summary>
    private static JsonObject Resubmit(JsonObject form, string status, string percent, string result) =>
        UpdateScenario.Entered(CardJson.Button(form, ProgressVerbs.Submit)["data"]!.DeepClone().AsObject(), status, percent, result, "", "https://stttt.khanhhoa.gov.vn/tin-bai");

    [Theory]
    [InlineData("vi-VN", "Sửa cập nhật", "lần trước vẫn còn trong lịch sử")]
    [InlineData("en-US", "Edit", "the earlier one stays in the history")]
    public async Task TheUpdatedCardKeepsAnEditButtonThatBringsBackTheFormFilledWithTheLastValues(string locale, string button, string intro)
    {
        var updated = await SubmitAsync(scenario.Submit19(status: "InProgress", percent: "60", result: "Đã đăng 12 tin bài"), locale);

        var edit = CardJson.Button(updated, ProgressVerbs.Edit);
        Assert.Equal(button, (string?)edit["title"]);
        Assert.Equal("Action.Submit", (string?)edit["fallback"]!["type"]);
        Assert.Equal(edit["data"]!.ToJsonString(), edit["fallback"]!["data"]!.ToJsonString());
        Assert.Null(edit["data"]!["key"]);
        Assert.Null(edit["data"]!["msteams"]);

        var form = UpdateScenario.CardOf(await EditAsync(updated, locale: locale));
        Assert.Contains(intro, CardJson.Text(form), StringComparison.Ordinal);
        Assert.Equal("InProgress", (string?)CardJson.ById(form, ProgressFields.Status)!["value"]);
        Assert.Equal(60, (double)CardJson.ById(form, ProgressFields.Percent)!["value"]!);
        Assert.Equal("Đã đăng 12 tin bài", (string?)CardJson.ById(form, ProgressFields.Result)!["value"]);
        Assert.Equal(1, (int)CardJson.Button(form, ProgressVerbs.Submit)["data"]!["basedOn"]!);
        Assert.Single(await scenario.UpdatesAsync());
    }

    [Fact]
    public async Task AnEditAppendsASecondEntryAndTheHistoryShowsBoth()
    {
        var head = scenario.Head("TTBCXB");
        var updated = await SubmitAsync(scenario.Submit19(status: "InProgress", percent: "60", result: "Đã đăng 12 tin bàii"));
        scenario.App.Clock.Advance(TimeSpan.FromMinutes(2));

        var form = UpdateScenario.CardOf(await EditAsync(updated));
        var again = await SubmitAsync(Resubmit(form, "InProgress", "60", "Đã đăng 12 tin bài"));

        var rows = await scenario.UpdatesAsync();
        Assert.Equal([1, 2], rows.Select(r => r.Sequence));
        Assert.Equal(["Đã đăng 12 tin bàii", "Đã đăng 12 tin bài"], rows.Select(r => r.Result));
        Assert.Contains("Đã đăng 12 tin bài\"", CardJson.Text(again), StringComparison.Ordinal);
        Assert.NotNull(CardJson.Button(again, ProgressVerbs.Edit));

        var history = (await scenario.AskAsync(head, "lịch sử nhiệm vụ 19")).CardText;
        Assert.Contains("Đã đăng 12 tin bàii", history, StringComparison.Ordinal);
        Assert.Contains("Đã đăng 12 tin bài\"", history, StringComparison.Ordinal);
        Assert.Contains("08:02 20/11/2023", history, StringComparison.Ordinal);
        Assert.Contains("08:00 20/11/2023", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSameEditPressedTwiceIsStoredOnce()
    {
        var updated = await SubmitAsync(scenario.Submit19(percent: "60"));
        var form = UpdateScenario.CardOf(await EditAsync(updated));

        var first = await SubmitAsync(Resubmit(form, "InProgress", "70", "Đã đăng 14 tin bài"));
        scenario.App.Clock.Advance(TimeSpan.FromSeconds(2));
        var second = await SubmitAsync(Resubmit(form, "InProgress", "70", "Đã đăng 14 tin bài"));

        Assert.Equal(2, (await scenario.UpdatesAsync()).Count);
        Assert.Equal(CardJson.Text(first), CardJson.Text(second));
    }

    [Fact]
    public async Task SendingBackEarlierValuesAfterAnEditIsANewEntry()
    {
        var updated = await SubmitAsync(scenario.Submit19(percent: "60"));
        var corrected = await SubmitAsync(Resubmit(UpdateScenario.CardOf(await EditAsync(updated)), "InProgress", "65", "Đã đăng 12 tin bài"));

        await SubmitAsync(Resubmit(UpdateScenario.CardOf(await EditAsync(corrected)), "InProgress", "60", "Đã đăng 12 tin bài"));

        var rows = await scenario.UpdatesAsync();
        Assert.Equal([60, 65, 60], rows.Select(r => r.PercentDone!.Value));
        Assert.Equal([1, 2, 3], rows.Select(r => r.Sequence));
    }

    [Fact]
    public async Task SomeoneWhoMayNotUpdateTheLineIsRefusedTheEditAndNothingIsStored()
    {
        var updated = await SubmitAsync(scenario.Submit19());

        var refused = UpdateScenario.CardOf(await EditAsync(updated, UpdateScenario.Stranger));
        var otherUnit = UpdateScenario.CardOf(await EditAsync(updated, scenario.Head("CONG_TTDT")));

        Assert.Contains("Không thể cập nhật", CardJson.Text(refused), StringComparison.Ordinal);
        Assert.Contains("Không thể cập nhật", CardJson.Text(otherUnit), StringComparison.Ordinal);
        Assert.Empty(CardJson.Buttons(refused));
        Assert.Single(await scenario.UpdatesAsync());
    }

    [Fact]
    public async Task OthersSeeingTheUpdatedLineGetNoEditButton()
    {
        await SubmitAsync(scenario.Submit19());

        var refresh = UpdateScenario.Data(ProgressVerbs.Refresh, scenario.Task19, scenario.Unit("TTBCXB"), UpdateScenario.MonthKey);
        var seen = UpdateScenario.CardOf((await scenario.InvokeAsync(scenario.Head("VP"), refresh, trigger: "automatic")).Body);

        Assert.Contains("Đã cập nhật bởi", CardJson.Text(seen), StringComparison.Ordinal);
        Assert.DoesNotContain(CardJson.Buttons(seen), b => (string?)b["verb"] == ProgressVerbs.Edit);
    }
}
