using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PciBot.Calendar;
using PciBot.People;
using PciBot.Registry;
using PciBot.Testing;
using PciBot.Tests.Infrastructure;
using PciBot.Tests.Updates;
using PciBot.Updates;

namespace PciBot.Tests.Questions;

/// <summary>Answers against the seeded plan at fixed Vietnam clocks, through /api/messages, checked as Adaptive Cards.</summary>
public sealed class QuestionAnswerTests(CardValidator validator) : IClassFixture<CardValidator>, IAsyncLifetime
{
    private const string Head = "aad-head-cnttbcvt";
    private const string Admin = "22222222-2222-2222-2222-222222222222";
    private FakeConnector connector = null!;

    public async Task InitializeAsync() => connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync() => await connector.DisposeAsync();

    private static PciBotApp At(int year, int month, int day) =>
        PciBotApp.Create(now: VietnamTime.AtLocal(new DateOnly(year, month, day), new TimeOnly(9, 0)), settings: new Dictionary<string, string?> { ["People:InitialAdmins:0"] = Admin });

    private async Task<RecordedCall> AskAsync(PciBotApp app, string text, string aadObjectId = Head, string locale = "vi-VN")
    {
        var before = connector.Calls.Count;
        await app.PostActivityAsync(Activities.PersonalMessage(connector.ServiceUrl, text, userId: $"29:{aadObjectId}", aadObjectId: aadObjectId, locale: locale));
        return (await connector.WaitForCallsAsync(before + 1))[^1];
    }

    private static async Task RegisterHeadAsync(PciBotApp app) => await app.WithDbAsync(db => TestPeople.HeadAsync(db, "CNTTBCVT", Head));

    [Fact]
    public async Task DueThisQuarterOn20November2023ShowsTask19OverdueForNovemberAndTheRestInTime()
    {
        await using var app = At(2023, 11, 20);
        await RegisterHeadAsync(app);

        var card = (await AskAsync(app, "viec gi den han quy nay")).CardText;

        Assert.Contains("Quý IV/2023", card, StringComparison.Ordinal);
        foreach (var key in new[] { "PCI 1", "PCI 8", "PCI 18", "PCI 19", "PCI 20", "PCI 21", "PGI 1" })
        {
            Assert.Contains($"**{key}**", card, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("**PCI 10**", card, StringComparison.Ordinal);
        Assert.Contains("14/11/2023 · **Quá hạn**", card, StringComparison.Ordinal);
        Assert.Contains("14/12/2023 · **Trong hạn**", card, StringComparison.Ordinal);
        Assert.Contains("31/12/2023 · **Trong hạn**", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OverdueOn20November2023IsOnlyTheMonthlyTask19()
    {
        await using var app = At(2023, 11, 20);

        var card = (await AskAsync(app, "việc nào quá hạn")).CardText;

        Assert.Contains("**PCI 19**", card, StringComparison.Ordinal);
        Assert.Contains("14/10/2023", card, StringComparison.Ordinal);
        Assert.Contains("14/11/2023", card, StringComparison.Ordinal);
        Assert.DoesNotContain("**PCI 1**", card, StringComparison.Ordinal);
        Assert.DoesNotContain("**PCI 8**", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Trong hạn", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OverdueOn27November2026HasTheUnreportedThirdQuarterButNotTask8Task10OrTask20()
    {
        await using var app = At(2026, 11, 27);

        var card = (await AskAsync(app, "what is overdue", locale: "en-US")).CardText;

        Assert.Contains("**PCI 1**", card, StringComparison.Ordinal);
        Assert.Contains("14/09/2026", card, StringComparison.Ordinal);
        Assert.Contains("**Overdue**", card, StringComparison.Ordinal);
        Assert.DoesNotContain("**PCI 8**", card, StringComparison.Ordinal);
        Assert.DoesNotContain("**PCI 10**", card, StringComparison.Ordinal);
        Assert.DoesNotContain("**PCI 20**", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyTasksOn27November2026ShowsTheHeadsStatusesAndAReportOnceMade()
    {
        await using var app = At(2026, 11, 27);
        await RegisterHeadAsync(app);
        await app.WithDbAsync(async db =>
        {
            var task = await db.Tasks.SingleAsync(t => t.Number == 23 && t.Family == PciBot.Registry.IndexFamily.Pci);
            var unit = await db.Units.SingleAsync(u => u.Code == "CNTTBCVT");
            var person = await db.People.SingleAsync(p => p.AadObjectId == Head);
            db.ProgressUpdates.Add(new PciBot.Updates.ProgressUpdate
            {
                TaskId = task.Id, UnitId = unit.Id, PeriodKey = "2026", Sequence = 1, PersonId = person.Id,
                Status = PciBot.Updates.ProgressStatus.Done, SubmittedAt = app.Clock.GetUtcNow(), Fingerprint = "t",
            });
            return await db.SaveChangesAsync();
        });

        var card = (await AskAsync(app, "my tasks", locale: "en-US")).CardText;

        Assert.Contains("Phòng CNTTBCVT", card, StringComparison.Ordinal);
        Assert.Contains("**PCI 23**", card, StringComparison.Ordinal);
        Assert.Contains("14/12/2026 · **Done on time**", card, StringComparison.Ordinal);
        Assert.Contains("**PCI 8** ", card, StringComparison.Ordinal);
        Assert.Contains("31/12/2023 · **Overdue**", card, StringComparison.Ordinal);
        Assert.Contains("nothing to report · **Not yet due**", card, StringComparison.Ordinal);
        var task19 = await app.WithDbAsync(db => db.Tasks.Where(t => t.Number == 19 && t.Family == PciBot.Registry.IndexFamily.Pci).Select(t => t.Id).SingleAsync());
        Assert.True(card.Contains($"\"verb\":\"progress.open\",\"taskId\":{task19}}}", StringComparison.Ordinal), card);
    }

    [Fact]
    public async Task Task10IsNeverDueUntilItsConditionIsMet()
    {
        await using var app = At(2026, 11, 27);
        await RegisterHeadAsync(app);

        Assert.DoesNotContain("**PCI 10**", (await AskAsync(app, "việc đến hạn quý này")).CardText, StringComparison.Ordinal);
        Assert.Contains("Chưa đến hạn", (await AskAsync(app, "nhiệm vụ 10 thế nào")).CardText, StringComparison.Ordinal);

        await app.WithDbAsync(async db =>
        {
            var task = await db.Tasks.SingleAsync(t => t.Number == 10 && t.Family == PciBot.Registry.IndexFamily.Pci);
            task.ConditionMetAt = app.Clock.GetUtcNow();
            return await db.SaveChangesAsync();
        });

        Assert.Contains("**PCI 10**", (await AskAsync(app, "việc đến hạn quý này")).CardText, StringComparison.Ordinal);
        Assert.Contains("Trong hạn", (await AskAsync(app, "nhiệm vụ 10 thế nào")).CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhoHasNotReportedIsForTheOfficeAndAdminsOnly()
    {
        await using var app = At(2023, 11, 20);
        await RegisterHeadAsync(app);

        var refused = await AskAsync(app, "ai chưa báo cáo quý này");
        var answer = await AskAsync(app, "ai chua bao cao quy nay", aadObjectId: Admin);

        Assert.Contains("Chỉ Văn phòng Sở", (string?)refused.Body!["text"], StringComparison.Ordinal);
        Assert.Contains("Chưa báo cáo — Quý IV/2023", answer.CardText, StringComparison.Ordinal);
        Assert.Contains("Phòng CNTTBCVT", answer.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownQuestionGetsTheClosestSuggestions()
    {
        await using var app = At(2023, 11, 20);

        var answer = (string?)(await AskAsync(app, "tôi muốn xem lịch họp")).Body!["text"];

        Assert.Contains("Có phải bạn muốn hỏi", answer, StringComparison.Ordinal);
        Assert.Contains("\"việc của tôi\"", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheNextPageAnswersTheSameQuestionAsTheFirstEvenWhereDiacriticsTellTheMonths()
    {
        await using var app = At(2024, 7, 22);
        await RegisterHeadAsync(app);
        var first = (await AskAsync(app, "tháng sáu những đơn vị nào chưa báo cáo", aadObjectId: Admin)).Card!;
        var more = CardJson.Descendants(first).Single(o => (string?)o["type"] == "Action.Execute" && (string?)o["verb"] == "questions.more");

        var response = await app.PostActivityAsync(Activities.CardAction(connector.ServiceUrl, "questions.more", (JsonObject)more["data"]!.DeepClone(), $"29:{Admin}", Admin));
        var second = (JsonObject)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["value"]!;

        static string Title(JsonObject card) => (string)CardJson.Descendants(card).First(o => (string?)o["type"] == "TextBlock")["text"]!;
        Assert.Contains("Tháng 6/2024", Title(first), StringComparison.Ordinal);
        Assert.Equal(Title(first), Title(second));
        Assert.Contains("Trang 2/", CardJson.Text(second), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheMoreButtonReturnsTheNextPageAndEveryCardIsAValidAdaptiveCard()
    {
        await using var app = At(2023, 11, 20);
        await RegisterHeadAsync(app);
        var first = (await AskAsync(app, "ai chưa báo cáo quý này", aadObjectId: Admin)).Card!;
        var more = CardJson.Descendants(first).Single(o => (string?)o["type"] == "Action.Execute" && (string?)o["verb"] == "questions.more");

        var response = await app.PostActivityAsync(Activities.CardAction(connector.ServiceUrl, "questions.more", (JsonObject)more["data"]!.DeepClone(), $"29:{Admin}", Admin));
        var second = (JsonObject)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["value"]!;

        Assert.Contains("Trang 1/", CardJson.Text(first), StringComparison.Ordinal);
        Assert.Contains("Trang 2/", CardJson.Text(second), StringComparison.Ordinal);
        var cards = new Dictionary<string, JsonObject>
        {
            ["not-reported-page-1"] = first,
            ["not-reported-page-2"] = second,
            ["due-en"] = (await AskAsync(app, "what's due this quarter", locale: "en-US")).Card!,
            ["task-status"] = (await AskAsync(app, "nhiệm vụ 19 thế nào")).Card!,
            ["mine"] = (await AskAsync(app, "việc của tôi")).Card!,
        };
        var run = await validator.ValidateAsync(cards);
        Assert.True(run.ExitCode == 0, run.Printed);
        Assert.Equal(cards.Count, run.Output.Split('\n').Count(l => l.StartsWith("valid: ", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("việc đến hạn quý này", "vi-VN", "Việc đến hạn báo cáo Quý IV/2023")]
    [InlineData("what's due this quarter", "en-US", "Due for reporting in Q4 2023")]
    [InlineData("việc của tôi", "vi-VN", "Việc của bạn — Phòng CNTTBCVT")]
    [InlineData("my tasks", "en-US", "Your tasks — Phòng CNTTBCVT")]
    public async Task EachAnswerCardIsTitledWithWhatItAnswers(string question, string locale, string title)
    {
        await using var app = At(2023, 11, 20);
        await RegisterHeadAsync(app);

        var card = (await AskAsync(app, question, locale: locale)).Card!;

        Assert.Equal(title, (string?)card["body"]![0]!["text"]);
    }
}
