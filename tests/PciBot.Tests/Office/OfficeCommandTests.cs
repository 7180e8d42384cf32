using System.Net;
using PciBot.Digests;
using PciBot.Registry;
using PciBot.Tests.Infrastructure;

namespace PciBot.Tests.Office;

public sealed class OfficeCommandTests : IAsyncLifetime
{
    private OfficeScenario scenario = null!;

    public async Task InitializeAsync() => scenario = await OfficeScenario.StartAsync();

    public async Task DisposeAsync() => await scenario.DisposeAsync();

    [Theory]
    [InlineData("bản tin", "Digest", false)]
    [InlineData("ban tin tien do", "Digest", false)]
    [InlineData("digest", "Digest", false)]
    [InlineData("Tổng hợp quý này", "Rollup", false)]
    [InlineData("tổng hợp kết quả quý trước", "Rollup", true)]
    [InlineData("rollup", "Rollup", false)]
    [InlineData("last quarter rollup", "Rollup", true)]
    [InlineData("xuất báo cáo", "Export", false)]
    [InlineData("xuat bao cao quy truoc", "Export", true)]
    [InlineData("export report", "Export", false)]
    [InlineData("báo cáo năm", "YearReport", false)]
    [InlineData("dự thảo báo cáo năm", "YearReport", false)]
    [InlineData("year-end report", "YearReport", false)]
    public async Task OfficeRequestsAreUnderstood(string text, string report, bool lastQuarter)
    {
        var command = Assert.IsType<OfficeReportCommand>(await ChatGrammars.ParseAsync(text, new UnitMatcher([])));

        Assert.Equal((report, lastQuarter), (command.Report.ToString(), command.LastQuarter));
    }

    [Theory]
    [InlineData("báo cáo nhiệm vụ 19")]
    [InlineData("cập nhật nhiệm vụ 19")]
    [InlineData("ai chưa báo cáo")]
    public async Task OtherCommandsAreNotTakenForOfficeRequests(string text) =>
        Assert.IsNotType<OfficeReportCommand>(await ChatGrammars.ParseAsync(text, new UnitMatcher([])));

    [Fact]
    public async Task TheOfficeAsksForTheExportAndGetsLinksThatWork()
    {
        var office = scenario.Updates.People["office"];
        var call = await scenario.AskAsync(office, Activities.PersonalMessage(scenario.Updates.Connector.ServiceUrl, "xuất báo cáo quý trước", office.TeamsUserId!, office.AadObjectId));

        var actions = call.Card!["actions"]!.AsArray();
        Assert.Equal(["Action.OpenUrl", "Action.OpenUrl"], actions.Select(a => (string)a!["type"]!));
        var word = new Uri((string)actions[0]!["url"]!);
        Assert.StartsWith("/exports/rollup-2023-Q3.docx?", word.PathAndQuery, StringComparison.Ordinal);
        using var response = await scenario.App.CreateClient().GetAsync(word.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task SomeoneOutsideTheOfficeIsTurnedAway()
    {
        var head = scenario.Updates.Head("TTBCXB");
        var call = await scenario.AskAsync(head, Activities.PersonalMessage(scenario.Updates.Connector.ServiceUrl, "bản tin", head.TeamsUserId!, head.AadObjectId));

        Assert.Equal("Chức năng này chỉ dành cho cán bộ Văn phòng Sở và quản trị viên.", (string?)call.Body!["text"]);
        Assert.Null(call.Card);
    }

    [Fact]
    public async Task TheOfficeAsksForTheDigestAndGetsItWithoutRemindButtons()
    {
        scenario.App.Clock.Advance(TimeSpan.FromDays(2));
        var office = scenario.Updates.People["office"];
        var call = await scenario.AskAsync(office, Activities.PersonalMessage(scenario.Updates.Connector.ServiceUrl, "bản tin quý trước", office.TeamsUserId!, office.AadObjectId));

        Assert.Equal("Bản tin tiến độ — Quý IV/2023", (string?)call.Card!["body"]![0]!["text"]);
        Assert.Contains("Quá hạn", call.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("office.nudge", call.Card.ToJsonString(), StringComparison.Ordinal);
    }
}
