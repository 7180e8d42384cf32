using System.Net;
using System.Text.Json.Nodes;
using PciBot.Tests.Infrastructure;
using PciBot.Updates;

namespace PciBot.Tests.Updates;

public sealed class ProgressSubmitTests : IAsyncLifetime
{
    private UpdateScenario scenario = null!;

    public async Task InitializeAsync() => scenario = await UpdateScenario.StartAsync();

    public async Task DisposeAsync() => await scenario.DisposeAsync();

    [Fact]
    public async Task ASubmitIsStoredOnceAndAnsweredWithTheUpdatedCard()
    {
        var head = scenario.Head("TTBCXB");

        var (status, body) = await scenario.InvokeAsync(head, scenario.Submit19(obstacles: "Thiếu nhân lực"), replyToId: "card-42");

        Assert.Equal(HttpStatusCode.OK, status);
        var card = UpdateScenario.CardOf(body);
        var text = CardJson.Text(card);
        Assert.Contains($"Đã cập nhật bởi {head.Name} lúc 08:00 20/11/2023", text, StringComparison.Ordinal);
        Assert.Contains("Đang thực hiện", text, StringComparison.Ordinal);
        Assert.Contains("60%", text, StringComparison.Ordinal);
        Assert.Contains("Thiếu nhân lực", text, StringComparison.Ordinal);
        Assert.Contains(head.TeamsUserId!, card["refresh"]!["userIds"]!.AsArray().Select(id => (string?)id));
        Assert.Equal(ProgressVerbs.Refresh, (string?)card["refresh"]!["action"]!["verb"]);

        var row = Assert.Single(await scenario.UpdatesAsync());
        Assert.Equal((scenario.Task19, scenario.Unit("TTBCXB"), UpdateScenario.MonthKey, head.Id), (row.TaskId, row.UnitId, row.PeriodKey, row.PersonId));
        Assert.Equal((ProgressStatus.InProgress, 60, "Đã đăng 12 tin bài", "Thiếu nhân lực"), (row.Status, row.PercentDone, row.Result, row.Obstacles));
        Assert.Equal("https://stttt.khanhhoa.gov.vn/tin-bai", row.EvidenceUrl);
        Assert.Equal("card-42", row.SourceActivityId);
        Assert.Equal(UpdateScenario.Monday, row.SubmittedAt);
        Assert.False(row.IsContribution);
        Assert.Equal(1, row.Sequence);
        Assert.Equal(64, row.Fingerprint.Length);
    }

    [Fact]
    public async Task ADoubleClickIsRecordedOnce()
    {
        var head = scenario.Head("TTBCXB");

        var first = await scenario.InvokeAsync(head, scenario.Submit19());
        scenario.App.Clock.Advance(TimeSpan.FromSeconds(2));
        var second = await scenario.InvokeAsync(head, scenario.Submit19());

        Assert.Single(await scenario.UpdatesAsync());
        Assert.Contains("Đã cập nhật bởi", CardJson.Text(UpdateScenario.CardOf(second.Body)), StringComparison.Ordinal);
        Assert.Equal(
            CardJson.Text(UpdateScenario.CardOf(first.Body)),
            CardJson.Text(UpdateScenario.CardOf(second.Body)));
    }

    [Fact]
    public async Task ConcurrentIdenticalSubmitsStoreOneRow()
    {
        var head = scenario.Head("TTBCXB");

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => scenario.InvokeAsync(head, scenario.Submit19())));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.All(answers, a => Assert.Contains("Đã cập nhật bởi", CardJson.Text(UpdateScenario.CardOf(a.Body)), StringComparison.Ordinal));
        Assert.Single(await scenario.UpdatesAsync());
    }

    [Fact]
    public async Task ConcurrentDifferentSubmitsAreAllKeptInOrder()
    {
        var head = scenario.Head("TTBCXB");

        await Task.WhenAll(Enumerable.Range(1, 6).Select(i => scenario.InvokeAsync(head, scenario.Submit19(percent: $"{i * 10}"))));

        var rows = await scenario.UpdatesAsync();
        Assert.Equal(6, rows.Count);
        Assert.Equal([1, 2, 3, 4, 5, 6], rows.Select(r => r.Sequence).Order());
        Assert.Equal([10, 20, 30, 40, 50, 60], rows.Select(r => r.PercentDone!.Value).Order());
    }

    [Fact]
    public async Task TheSameValuesAreRecordedAgainOnceTheWindowHasPassed()
    {
        var head = scenario.Head("TTBCXB");

        await scenario.InvokeAsync(head, scenario.Submit19());
        scenario.App.Clock.Advance(TimeSpan.FromMinutes(11));
        await scenario.InvokeAsync(head, scenario.Submit19());

        var rows = await scenario.UpdatesAsync();
        Assert.Equal(2, rows.Count);
        Assert.Equal([1, 2], rows.Select(r => r.Sequence));
    }

    [Fact]
    public async Task TheSameValuesFromAnotherCardAreANewUpdate()
    {
        var head = scenario.Head("TTBCXB");

        await scenario.InvokeAsync(head, scenario.Submit19(cardId: "card0001"));
        await scenario.InvokeAsync(head, scenario.Submit19(cardId: "card0002"));

        Assert.Equal(2, (await scenario.UpdatesAsync()).Count);
    }

    [Fact]
    public async Task TheLatestUpdateIsTheLinesCurrentState()
    {
        var head = scenario.Head("TTBCXB");
        await scenario.InvokeAsync(head, scenario.Submit19(status: "InProgress", percent: "40"));
        scenario.App.Clock.Advance(TimeSpan.FromHours(1));
        await scenario.InvokeAsync(scenario.People["office"], scenario.Submit19(status: "Done", percent: "100", result: "Hoàn thành đăng tin"));

        var refresh = UpdateScenario.Data(ProgressVerbs.Refresh, scenario.Task19, scenario.Unit("TTBCXB"), UpdateScenario.MonthKey);
        var (_, body) = await scenario.InvokeAsync(head, refresh, trigger: "automatic");

        var card = UpdateScenario.CardOf(body);
        Assert.Equal("Done", (string?)CardJson.ById(card, ProgressFields.Status)!["value"]);
        Assert.Equal(100, (double)CardJson.ById(card, ProgressFields.Percent)!["value"]!);
        Assert.Contains("Cán bộ Văn phòng · 09:00 20/11/2023", CardJson.Text(card), StringComparison.Ordinal);
        Assert.Equal(2, (await scenario.UpdatesAsync()).Count);
    }

    [Theory]
    [InlineData("percent", "150")]
    [InlineData("percent", "-5")]
    [InlineData("percent", "sáu mươi")]
    [InlineData("evidence", "ftp://files.khanhhoa.gov.vn/bao-cao")]
    [InlineData("evidence", "javascript:alert(1)")]
    [InlineData("evidence", "stttt.khanhhoa.gov.vn/tin-bai")]
    [InlineData("result", null)]
    [InlineData("obstacles", null)]
    [InlineData("status", "")]
    [InlineData("status", "Finished")]
    public async Task AnInvalidEntryComesBackWithEverythingKeptAndTheErrorBelowTheField(string field, string? value)
    {
        var data = scenario.Submit19(result: "Đã đăng 12 tin bài", obstacles: "Chưa có kinh phí");
        data[field] = value ?? new string('x', ProgressFields.MaxTextLength + 1);

        var (status, body) = await scenario.InvokeAsync(scenario.Head("TTBCXB"), data);

        Assert.Equal(HttpStatusCode.OK, status);
        var card = UpdateScenario.CardOf(body);
        var error = CardJson.ById(card, $"{field}Error");
        Assert.NotNull(error);
        Assert.Equal("attention", (string?)error["color"]);
        Assert.Equal((string?)error["text"], (string?)CardJson.ById(card, field)!["errorMessage"]);
        Assert.Contains("Chưa lưu", CardJson.Text(card), StringComparison.Ordinal);
        foreach (var kept in new[] { ProgressFields.Result, ProgressFields.Obstacles, ProgressFields.Evidence, ProgressFields.Status })
        {
            if (kept != field)
            {
                Assert.Equal(data[kept]!.GetValue<string>(), (string?)CardJson.ById(card, kept)!["value"]);
            }
        }

        if (field != ProgressFields.Percent)
        {
            Assert.Equal(60, (double)CardJson.ById(card, ProgressFields.Percent)!["value"]!);
        }

        Assert.NotNull(CardJson.Button(card, ProgressVerbs.Submit));
        Assert.Empty(await scenario.UpdatesAsync());
    }

    [Fact]
    public async Task AnOutOfRangePercentStaysOnTheCardToBeCorrected()
    {
        var (_, body) = await scenario.InvokeAsync(scenario.Head("TTBCXB"), scenario.Submit19(percent: "150"));

        var card = UpdateScenario.CardOf(body);
        Assert.Equal(150, (double)CardJson.ById(card, ProgressFields.Percent)!["value"]!);
        Assert.Equal("Nhập một số từ 0 đến 100.", (string?)CardJson.ById(card, "percentError")!["text"]);

        // A min or max on the input would let the client clamp 150 to 100 without a word and send that instead.
        Assert.Null(CardJson.ById(card, ProgressFields.Percent)!["max"]);
        Assert.Null(CardJson.ById(card, ProgressFields.Percent)!["min"]);
    }

    [Fact]
    public async Task ErrorsAreInEnglishForAnEnglishLocale()
    {
        var (_, body) = await scenario.InvokeAsync(scenario.Head("TTBCXB"), scenario.Submit19(status: ""), locale: "en-US");

        var card = UpdateScenario.CardOf(body);
        Assert.Equal("en", (string?)card["lang"]);
        Assert.Equal("Choose a status.", (string?)CardJson.ById(card, "statusError")!["text"]);
        Assert.Contains("Obstacles and proposals", CardJson.Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnInvokeThatIsNotAnActionExecuteIsNotSupported()
    {
        var activity = Activities.CardAction(scenario.Connector.ServiceUrl, ProgressVerbs.Submit, scenario.Submit19(), "29:aad-ttbcxb-head", "aad-ttbcxb-head");
        activity["value"]!["action"]!["type"] = "Action.Submit";

        using var response = await scenario.App.PostActivityAsync(activity);

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, (int)body["statusCode"]!);
        Assert.Equal("NotSupported", (string?)body["value"]!["code"]);
        Assert.Empty(await scenario.UpdatesAsync());
    }

    [Theory]
    [InlineData("[1, 2]")]
    [InlineData("\"action\"")]
    [InlineData("{\"action\": \"admin.schedule.save\"}")]
    [InlineData("{\"action\": {\"type\": \"Action.Execute\", \"verb\": 7}}")]
    public async Task AnInvokeWhoseValueIsNotACardActionIsABadRequest(string value)
    {
        var activity = Activities.CardAction(scenario.Connector.ServiceUrl, ProgressVerbs.Submit, scenario.Submit19(), "29:aad-ttbcxb-head", "aad-ttbcxb-head");
        activity["value"] = JsonNode.Parse(value);

        using var response = await scenario.App.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, (int)body["statusCode"]!);
        Assert.Equal("BadRequest", (string?)body["value"]!["code"]);
        Assert.Empty(await scenario.UpdatesAsync());
    }

    [Fact]
    public async Task AMorePressWithAPageThatIsNotANumberIsNotAnError()
    {
        var data = new JsonObject { ["verb"] = "questions.more", ["question"] = "việc gì đến hạn quý này", ["page"] = "hai" };
        var activity = Activities.CardAction(scenario.Connector.ServiceUrl, "questions.more", data, "29:aad-ttbcxb-head", "aad-ttbcxb-head");

        using var response = await scenario.App.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, (int)body["statusCode"]!);
    }
}
