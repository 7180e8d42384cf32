using System.Text.Json.Nodes;
using PciBot.Calendar;
using PciBot.Testing;
using PciBot.Tests.Infrastructure;

namespace PciBot.Tests.Questions;

/// <summary>
/// Questions as people ask them, through /api/messages on 20/11/2023 against the seeded plan: an answer's title says
/// exactly what it answers; a period or unit named but not read, or a question with two readings, gets a card with
/// buttons and no answer for a default; pressing a button answers the reading it names.
/// </summary>
public sealed class NeverAnotherQuestionTests(CardValidator validator) : IClassFixture<CardValidator>, IAsyncLifetime
{
    private const string Head = "aad-head-cnttbcvt";
    private FakeConnector connector = null!;

    public async Task InitializeAsync() => connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync() => await connector.DisposeAsync();

    private static async Task<PciBotApp> StartAsync()
    {
        var app = PciBotApp.Create(now: VietnamTime.AtLocal(new DateOnly(2023, 11, 20), new TimeOnly(9, 0)));
        await app.WithDbAsync(db => TestPeople.HeadAsync(db, "CNTTBCVT", Head));
        return app;
    }

    private async Task<RecordedCall> SendAsync(PciBotApp app, JsonObject activity)
    {
        var before = connector.Calls.Count;
        await app.PostActivityAsync(activity);
        return (await connector.WaitForCallsAsync(before + 1))[^1];
    }

    private Task<RecordedCall> AskAsync(PciBotApp app, string text, string locale = "vi-VN") =>
        SendAsync(app, Activities.PersonalMessage(connector.ServiceUrl, text, userId: $"29:{Head}", aadObjectId: Head, locale: locale));

    private static string? Title(RecordedCall call) => (string?)call.Card?["body"]?[0]?["text"];

    private static List<JsonObject> Buttons(RecordedCall call) =>
        call.Card?["actions"]?.AsArray().OfType<JsonObject>().Where(a => (string?)a["type"] == "Action.Submit").ToList() ?? [];

    [Theory]
    [InlineData("Chị ơi, tháng này phòng em phải báo cáo gì không ạ?", "vi-VN", "Việc đến hạn báo cáo Tháng 12/2023 — Phòng CNTTBCVT")]
    [InlineData("quý ba năm ngoái có những việc gì đến hạn", "vi-VN", "Việc đến hạn báo cáo Quý III/2022")]
    [InlineData("nua cuoi nam co viec gi phai bao cao", "vi-VN", "Việc đến hạn báo cáo 6 tháng cuối năm 2023")]
    [InlineData("Which reports are due in March 2024?", "en-US", "Due for reporting in March 2024")]
    [InlineData("what's due in the third quarter", "en-US", "Due for reporting in Q3 2023")]
    [InlineData("Phòng TTBXCB quý này có việc gì đến hạn", "vi-VN", "Việc đến hạn báo cáo Quý IV/2023 — Phòng TTBCXB")]
    [InlineData("chỉ số tính minh bạch quý này có việc gì đến hạn", "vi-VN", "Việc đến hạn báo cáo Quý IV/2023 — A.II Chỉ số tính minh bạch")]
    [InlineData("What did my team miss last quarter?", "en-US", "Overdue, not reported — Q3 2023 — Phòng CNTTBCVT")]
    public async Task EachAnswerIsTitledWithExactlyTheQuestionItAnswers(string question, string locale, string title)
    {
        await using var app = await StartAsync();

        Assert.Equal(title, Title(await AskAsync(app, question, locale)));
    }

    [Fact]
    public async Task APeriodNamedButNotReadIsSaidAndNotAnsweredForTheCurrentQuarter()
    {
        await using var app = await StartAsync();

        var reply = await AskAsync(app, "Việc đến hạn tháng mười ba của phòng CNTTBCVT?");

        var text = Title(reply);
        Assert.Contains("chưa đọc được kỳ \"tháng mười ba\"", text, StringComparison.Ordinal);
        Assert.Contains("Việc đến hạn báo cáo — Phòng CNTTBCVT", text, StringComparison.Ordinal);
        Assert.DoesNotContain("**PCI", reply.CardText, StringComparison.Ordinal);
        Assert.Equal(
            ["Việc đến hạn báo cáo Quý IV/2023 — Phòng CNTTBCVT", "Việc đến hạn báo cáo Quý I/2024 — Phòng CNTTBCVT", "Việc đến hạn báo cáo Tháng 12/2023 — Phòng CNTTBCVT", "Việc đến hạn báo cáo Năm 2023 — Phòng CNTTBCVT"],
            Buttons(reply).Select(b => (string?)b["title"]));
    }

    [Fact]
    public async Task AUnitNamedButNotReadIsSaidWithTheUnitsToPickFrom()
    {
        await using var app = await StartAsync();

        var reply = await AskAsync(app, "What's overdue for phòng Kế toán?", locale: "en-US");

        Assert.Contains("but not the unit \"phòng Kế toán\"", Title(reply), StringComparison.Ordinal);
        Assert.Contains(Buttons(reply), b => (string?)b["title"] == "Overdue, not reported — Q3 2023 and Q4 2023 — Phòng TTBCXB");
    }

    [Fact]
    public async Task TwoReadingsAreOfferedAsButtonsAndPressingOneAnswersIt()
    {
        await using var app = await StartAsync();
        var choice = await AskAsync(app, "cho mình hỏi chỉ số chi phí có những việc gì");
        var buttons = Buttons(choice);

        Assert.Equal(["Nhiệm vụ — A.III Chỉ số chi phí thời gian", "Nhiệm vụ — A.IV Chỉ số chi phí không chính thức"], buttons.Select(b => (string?)b["title"]));
        Assert.All(buttons, b => Assert.Equal("questions.ask", (string?)b["data"]!["verb"]));

        var pressed = await SendAsync(app, Activities.CardSubmit(connector.ServiceUrl, (JsonObject)buttons[1]["data"]!.DeepClone(), $"29:{Head}", Head));

        Assert.Equal("Nhiệm vụ — A.IV Chỉ số chi phí không chính thức", Title(pressed));
        Assert.Contains("**PCI 12**", pressed.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("**PCI 7**", pressed.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheEndOfTheYearIsAskedAboutAndEitherReadingIsAnsweredForItsOwnPeriod()
    {
        await using var app = await StartAsync();
        var buttons = Buttons(await AskAsync(app, "cuối năm phải báo cáo những gì ạ"));

        Assert.Equal(["Việc đến hạn báo cáo Năm 2023", "Việc đến hạn báo cáo Quý IV/2023"], buttons.Select(b => (string?)b["title"]));
        foreach (var button in buttons)
        {
            var answer = await SendAsync(app, Activities.CardSubmit(connector.ServiceUrl, (JsonObject)button["data"]!.DeepClone(), $"29:{Head}", Head));
            Assert.Equal((string?)button["title"], Title(answer));
        }
    }

    [Fact]
    public async Task ATaskNamedByWordsOfItsTextIsShownAndSeveralAreOffered()
    {
        await using var app = await StartAsync();

        var one = await AskAsync(app, "cho em hỏi nhiệm vụ về đối thoại với doanh nghiệp đến đâu rồi ạ");
        var several = Buttons(await AskAsync(app, "nhiệm vụ chuyển đổi số"));

        Assert.StartsWith("Nhiệm vụ PCI 19", Title(one), StringComparison.Ordinal);
        Assert.Equal(["Nhiệm vụ PCI 16", "Nhiệm vụ PCI 23"], several.Select(b => (string?)b["title"]));
    }

    [Fact]
    public async Task WhatIsNotUnderstoodIsQuotedAsTyped()
    {
        await using var app = await StartAsync();

        var reply = await AskAsync(app, "Báo cáo");

        Assert.Contains("chưa hiểu \"Báo cáo\"", (string?)reply.Body!["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCardsThatAskBackAreValidAdaptiveCards()
    {
        await using var app = await StartAsync();
        var cards = new Dictionary<string, JsonObject>
        {
            ["choice-index"] = (await AskAsync(app, "chi phí")).Card!,
            ["choice-unit-en"] = (await AskAsync(app, "what is due for the centre this quarter", locale: "en-US")).Card!,
            ["unread-period"] = (await AskAsync(app, "quý năm có việc gì đến hạn")).Card!,
            ["unread-unit"] = (await AskAsync(app, "việc của phòng kế toán")).Card!,
            ["choice-task-text"] = (await AskAsync(app, "nhiệm vụ chuyển đổi số")).Card!,
        };

        var run = await validator.ValidateAsync(cards);

        Assert.True(run.ExitCode == 0, run.Printed);
        Assert.Equal(cards.Count, run.Output.Split('\n').Count(l => l.StartsWith("valid: ", StringComparison.Ordinal)));
    }
}
