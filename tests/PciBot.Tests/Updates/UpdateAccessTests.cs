using System.Net;
using PciBot.Updates;

namespace PciBot.Tests.Updates;

public sealed class UpdateAccessTests : IAsyncLifetime
{
    private UpdateScenario scenario = null!;

    public async Task InitializeAsync() => scenario = await UpdateScenario.StartAsync();

    public async Task DisposeAsync() => await scenario.DisposeAsync();

    [Theory]
    [InlineData("TTBCXB")]
    [InlineData("TTBCXB-delegate")]
    [InlineData("office")]
    [InlineData("admin")]
    public async Task TheUnitsHeadOrDelegateTheOfficeAndAdminsMayUpdateTheLine(string who)
    {
        var (_, body) = await scenario.InvokeAsync(scenario.People[who], scenario.Submit19());

        Assert.Contains("Đã cập nhật bởi", CardJson.Text(UpdateScenario.CardOf(body)), StringComparison.Ordinal);
        var row = Assert.Single(await scenario.UpdatesAsync());
        Assert.Equal(scenario.People[who].Id, row.PersonId);
        Assert.Equal(scenario.Unit("TTBCXB"), row.UnitId);
    }

    [Fact]
    public async Task SomeoneWithoutARoleIsRefusedPolitelyAndNothingIsStored()
    {
        var (status, body) = await scenario.InvokeAsync(UpdateScenario.Stranger, scenario.Submit19());

        Assert.Equal(HttpStatusCode.OK, status);
        var card = UpdateScenario.CardOf(body);
        var text = CardJson.Text(card);
        Assert.Contains("Không thể cập nhật", text, StringComparison.Ordinal);
        Assert.Contains("Xin lỗi", text, StringComparison.Ordinal);
        Assert.Contains("PCI 19", text, StringComparison.Ordinal);
        Assert.Empty(CardJson.Buttons(card));
        Assert.Null(card["refresh"]);
        Assert.Empty(await scenario.UpdatesAsync());
    }

    [Fact]
    public async Task TheHeadOfAnotherLeadUnitCannotUpdateThisUnitsLine()
    {
        var (_, body) = await scenario.InvokeAsync(scenario.Head("VP"), scenario.Submit19(unitCode: "TTBCXB"));

        Assert.Contains("Không thể cập nhật", CardJson.Text(UpdateScenario.CardOf(body)), StringComparison.Ordinal);
        Assert.Empty(await scenario.UpdatesAsync());
    }

    [Fact]
    public async Task TheNameTeamsSendsGrantsNothing()
    {
        var stranger = UpdateScenario.Stranger;
        var activityName = scenario.Head("TTBCXB").Name;
        var data = scenario.Submit19();
        var activity = PciBot.Tests.Infrastructure.Activities.CardAction(
            scenario.Connector.ServiceUrl, ProgressVerbs.Submit, data, stranger.TeamsUserId!, stranger.AadObjectId, userName: activityName);

        using var response = await scenario.App.PostActivityAsync(activity);

        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Contains("Không thể cập nhật", CardJson.Text(UpdateScenario.CardOf(body)), StringComparison.Ordinal);
        Assert.Empty(await scenario.UpdatesAsync());
    }

    [Theory]
    [InlineData("CONG_TTDT", null)]
    [InlineData("SKHDT", null)]
    [InlineData("ALL_DIVISIONS", null)]
    [InlineData("TTBCXB", "2023-Q4")]
    [InlineData("TTBCXB", "2024-M06")]
    [InlineData("TTBCXB", "D2023-12-31")]
    [InlineData("TTBCXB", "bogus")]
    public async Task ACardWhoseIdsNameNoLineIsRefusedEvenForAnAdmin(string unitCode, string? periodKey)
    {
        var data = UpdateScenario.Entered(
            UpdateScenario.Data(ProgressVerbs.Submit, scenario.Task19, scenario.Unit(unitCode), periodKey ?? UpdateScenario.MonthKey),
            "Done", "100", "Xong", "", "");

        var (_, body) = await scenario.InvokeAsync(scenario.People["admin"], data);

        Assert.Contains("Không thể cập nhật", CardJson.Text(UpdateScenario.CardOf(body)), StringComparison.Ordinal);
        Assert.Empty(await scenario.UpdatesAsync());
    }

    [Fact]
    public async Task AForgedTaskIdIsRefused()
    {
        var data = UpdateScenario.Entered(UpdateScenario.Data(ProgressVerbs.Submit, 99_999, scenario.Unit("TTBCXB"), UpdateScenario.MonthKey), "Done", "100", "", "", "");

        var (_, body) = await scenario.InvokeAsync(scenario.Head("TTBCXB"), data);

        Assert.Contains("Không thể cập nhật", CardJson.Text(UpdateScenario.CardOf(body)), StringComparison.Ordinal);
        Assert.Empty(await scenario.UpdatesAsync());
    }

    [Fact]
    public async Task AUnitOfOneTaskCannotUseItsRoleOnAnotherTask()
    {
        // TTBCXB leads PCI 19; on PCI 1 it only coordinates, and the portal centre's line is not its own.
        var data = UpdateScenario.Entered(UpdateScenario.Data(ProgressVerbs.Submit, scenario.Task1, scenario.Unit("CONG_TTDT"), UpdateScenario.QuarterKey), "Done", "100", "", "", "");

        var (_, body) = await scenario.InvokeAsync(scenario.Head("TTBCXB"), data);

        Assert.Contains("Không thể cập nhật", CardJson.Text(UpdateScenario.CardOf(body)), StringComparison.Ordinal);
        Assert.Empty(await scenario.UpdatesAsync());
    }

    [Fact]
    public async Task ACoordinatingUnitAddsAContribution()
    {
        var data = UpdateScenario.Entered(
            UpdateScenario.Data(ProgressVerbs.Submit, scenario.Task1, scenario.Unit("CNTTBCVT"), UpdateScenario.QuarterKey),
            "InProgress", "", "Đã cung cấp số liệu thủ tục trực tuyến cho Văn phòng", "", "");

        var (_, body) = await scenario.InvokeAsync(scenario.Head("CNTTBCVT"), data);

        Assert.Contains("Phòng CNTTBCVT (phối hợp)", CardJson.Text(UpdateScenario.CardOf(body)), StringComparison.Ordinal);
        var row = Assert.Single(await scenario.UpdatesAsync());
        Assert.True(row.IsContribution);
        Assert.Equal(scenario.Unit("CNTTBCVT"), row.UnitId);
        Assert.Null(row.PercentDone);
    }

    [Fact]
    public async Task ALeadUnitsReportOnTheSameTaskIsNotAContribution()
    {
        var data = UpdateScenario.Entered(
            UpdateScenario.Data(ProgressVerbs.Submit, scenario.Task1, scenario.Unit("VP"), UpdateScenario.QuarterKey),
            "InProgress", "50", "Đã tiếp nhận 30 hồ sơ", "", "");

        await scenario.InvokeAsync(scenario.Head("VP"), data);

        Assert.False(Assert.Single(await scenario.UpdatesAsync()).IsContribution);
    }

    [Fact]
    public async Task TheRefreshShowsEditorsTheFormAndOthersTheCardWithoutIt()
    {
        await scenario.InvokeAsync(scenario.Head("TTBCXB"), scenario.Submit19());
        var refresh = UpdateScenario.Data(ProgressVerbs.Refresh, scenario.Task19, scenario.Unit("TTBCXB"), UpdateScenario.MonthKey);

        var editor = UpdateScenario.CardOf((await scenario.InvokeAsync(scenario.People["TTBCXB-delegate"], refresh, trigger: "automatic")).Body);
        var other = UpdateScenario.CardOf((await scenario.InvokeAsync(scenario.Head("VP"), refresh, trigger: "automatic")).Body);

        Assert.NotNull(CardJson.ById(editor, ProgressFields.Status));
        Assert.NotNull(CardJson.Button(editor, ProgressVerbs.Submit));
        Assert.Null(CardJson.ById(other, ProgressFields.Status));
        Assert.Empty(CardJson.Buttons(other));
        Assert.Contains("Đã cập nhật bởi", CardJson.Text(other), StringComparison.Ordinal);
        Assert.Single(await scenario.UpdatesAsync());
    }

    [Fact]
    public async Task TheRefreshListsTheUnitsPeopleFirstThenTheOfficeAndAdmins()
    {
        var (_, body) = await scenario.InvokeAsync(scenario.Head("TTBCXB"), scenario.Submit19());

        var userIds = UpdateScenario.CardOf(body)["refresh"]!["userIds"]!.AsArray().Select(id => (string)id!).ToList();
        Assert.Equal(["29:aad-ttbcxb-head", "29:aad-ttbcxb-delegate", "29:aad-office", "29:aad-admin"], userIds);
    }
}
