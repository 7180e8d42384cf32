using PciBot.Testing;
using PciBot.Tests.Infrastructure;
using PciBot.Updates;

namespace PciBot.Tests.Updates;

public sealed class ProgressCommandTests : IAsyncLifetime
{
    private static readonly string[] LeadUnitsOf19 = ["VP", "TTBCXB", "CNTTBCVT"];

    private UpdateScenario scenario = null!;

    public async Task InitializeAsync() => scenario = await UpdateScenario.StartAsync();

    public async Task DisposeAsync() => await scenario.DisposeAsync();

    private async Task<RecordedCall> AskAsync(string who, string text, string locale = "vi-VN")
    {
        var person = who == "stranger" ? UpdateScenario.Stranger : scenario.People[who];
        var before = scenario.Connector.Calls.Count;
        await scenario.App.PostActivityAsync(Activities.PersonalMessage(scenario.Connector.ServiceUrl, text, person.TeamsUserId!, person.AadObjectId, locale, id: $"msg-{before}"));
        return (await scenario.Connector.WaitForCallsAsync(before + 1))[before];
    }

    [Theory]
    [InlineData("cập nhật nhiệm vụ 19", "Chưa có cập nhật cho kỳ này.")]
    [InlineData("cap nhat nhiem vu 19", "Chưa có cập nhật cho kỳ này.")]
    [InlineData("Cập nhật NV 19", "Chưa có cập nhật cho kỳ này.")]
    [InlineData("update task 19", "No update for this period yet.")]
    public async Task UpdateTaskOpensTheCardForTheUsersUnitAndTheCurrentPeriodInTheLanguageAsked(string text, string noUpdateYet)
    {
        var call = await AskAsync("TTBCXB", text);

        var attachment = Assert.Single(call.Body!["attachments"]!.AsArray());
        var card = attachment!["content"]!.AsObject();
        var data = CardJson.Button(card, ProgressVerbs.Submit)["data"]!;
        Assert.Equal(scenario.Task19, (int)data["taskId"]!);
        Assert.Equal(scenario.Unit("TTBCXB"), (int)data["unitId"]!);
        Assert.Equal(UpdateScenario.MonthKey, (string?)data["periodKey"]);
        Assert.Matches("^[0-9a-f]{32}$", (string?)data["cardId"]);
        Assert.Contains("14/12/2023", CardJson.Text(card), StringComparison.Ordinal);
        Assert.Contains(noUpdateYet, CardJson.Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACoordinatingUnitGetsItsContributionCardInItsLanguage()
    {
        var call = await AskAsync("CNTTBCVT", "update task 1", "en-US");

        var card = Assert.Single(call.Body!["attachments"]!.AsArray())!["content"]!.AsObject();
        Assert.Equal("en", (string?)card["lang"]);
        Assert.Contains("supports this task", CardJson.Text(card), StringComparison.Ordinal);
        Assert.Equal(UpdateScenario.QuarterKey, (string?)CardJson.Button(card, ProgressVerbs.Submit)["data"]!["periodKey"]);
    }

    [Fact]
    public async Task TheOfficeGetsOneCardPerLeadUnit()
    {
        var call = await AskAsync("office", "cập nhật nhiệm vụ 19");

        var units = call.Body!["attachments"]!.AsArray()
            .Select(a => (int)CardJson.Button(a!["content"]!.AsObject(), ProgressVerbs.Submit)["data"]!["unitId"]!)
            .ToList();
        Assert.Equal(LeadUnitsOf19.Select(scenario.Unit).Order(), units.Order());
    }

    [Fact]
    public async Task SomeoneWithoutAUnitOnTheTaskIsToldWhy()
    {
        var call = await AskAsync("stranger", "cập nhật nhiệm vụ 19");

        Assert.Null(call.Body!["attachments"]);
        Assert.Contains("không thuộc đơn vị chủ trì hay phối hợp nhiệm vụ PCI 19", (string?)call.Body["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownTaskIsNamed()
    {
        var call = await AskAsync("TTBCXB", "cập nhật nhiệm vụ 99");

        Assert.Contains("PCI 99", (string?)call.Body!["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task HistoryListsEveryUpdateNewestFirst()
    {
        await scenario.InvokeAsync(scenario.Head("TTBCXB"), scenario.Submit19(percent: "40", result: "Đợt một"));
        scenario.App.Clock.Advance(TimeSpan.FromHours(2));
        await scenario.InvokeAsync(scenario.Head("VP"), scenario.Submit19(unitCode: "VP", status: "Blocked", percent: "10", result: "Đợt hai", obstacles: "Thiếu kinh phí"));

        var call = await AskAsync("TTBCXB", "lịch sử nhiệm vụ 19");

        var text = call.CardText;
        Assert.Contains("Lịch sử cập nhật — Nhiệm vụ PCI 19", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("Đợt hai", StringComparison.Ordinal) < text.IndexOf("Đợt một", StringComparison.Ordinal), text);
        Assert.Contains("Vướng mắc", text, StringComparison.Ordinal);
        Assert.Contains("Thiếu kinh phí", text, StringComparison.Ordinal);
        Assert.Contains($"{scenario.Head("VP").Name} · 10:00 20/11/2023", text, StringComparison.Ordinal);
        Assert.Contains("Phòng TTBCXB", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HistoryOfATaskNobodyUpdatedSaysSo()
    {
        var call = await AskAsync("TTBCXB", "history task 19", "en-US");

        Assert.Contains("Nobody has updated this task yet.", call.CardText, StringComparison.Ordinal);
    }
}
