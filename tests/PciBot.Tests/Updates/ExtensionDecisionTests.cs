using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PciBot.Audit;
using PciBot.Outbox;
using PciBot.People;
using PciBot.Tests.Infrastructure;
using PciBot.Updates;

namespace PciBot.Tests.Updates;

/// <summary>The Office approves or declines a request for more time on the request's own card; the head is told.</summary>
public sealed class ExtensionDecisionTests : IAsyncLifetime
{
    private UpdateScenario scenario = null!;

    public async Task InitializeAsync() => scenario = await UpdateScenario.StartAsync();

    public async Task DisposeAsync() => await scenario.DisposeAsync();

    private Person Office => scenario.People["office"];

    /// <summary>The head of TTBCXB asks for more time on PCI 19 (cut-off 14/12/2023); returns the Office's card as sent.</summary>
    private Task<JsonObject> RequestAsync(string until = "2023-12-29", string reason = "Chờ số liệu của Sở KH&ĐT", string locale = "vi-VN") =>
        ExtensionScenario.RequestAsync(scenario, until, reason, locale);

    private Task<(HttpStatusCode Status, JsonObject Card)> DecideAsync(Person who, JsonObject officeCard, string verb, string? grantUntil = null, string reason = "", string locale = "vi-VN") =>
        ExtensionScenario.DecideAsync(scenario, who, officeCard, verb, grantUntil, reason, locale);

    private Task<List<ExtensionRequest>> RequestsAsync() => scenario.App.WithDbAsync(db => db.ExtensionRequests.AsNoTracking().OrderBy(r => r.Id).ToListAsync());

    private Task<List<AuditEntry>> AuditAsync() => scenario.App.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action.StartsWith("extension.")).OrderBy(a => a.Id).ToListAsync());

    private Task<List<OutboxMessage>> DecisionMessagesAsync() =>
        scenario.App.WithDbAsync(db => db.Outbox.AsNoTracking().Where(o => o.Kind == ExtensionDecisions.Kind).ToListAsync());

    /// <summary>The cards sent to the head of TTBCXB once the one titled <paramref name="title"/> has arrived (the dispatcher also runs in the background).</summary>
    private async Task<List<string>> SentToHeadAsync(string title)
    {
        await scenario.App.Services.GetRequiredService<OutboxDispatcher>().RunOnceAsync(CancellationToken.None);
        var path = $"/v3/conversations/a:personal-{scenario.Head("TTBCXB").TeamsUserId}/activities";
        await scenario.CallAfterAsync(0, c => c.Method == "POST" && c.Path == path && c.CardText.Contains(title, StringComparison.Ordinal));
        return scenario.Connector.Calls.Where(c => c.Method == "POST" && c.Path == path && c.Card is not null).Select(c => c.CardText).ToList();
    }

    /// <summary>The head's update card for the line as it now stands.</summary>
    private async Task<string> HeadsCardAsync()
    {
        var refresh = UpdateScenario.Data(ProgressVerbs.Refresh, scenario.Task19, scenario.Unit("TTBCXB"), UpdateScenario.MonthKey);
        return CardJson.Text(UpdateScenario.CardOf((await scenario.InvokeAsync(scenario.Head("TTBCXB"), refresh, trigger: "automatic")).Body));
    }

    [Theory]
    [InlineData("vi-VN", "Đồng ý", "Từ chối")]
    [InlineData("en-US", "Approve", "Decline")]
    public async Task TheOfficesCardOffersApproveWithTheAskedDateAndDeclineWithAReason(string locale, string approve, string decline)
    {
        var card = await RequestAsync(locale: locale);

        var toggles = card["actions"]!.AsArray().Select(a => ((string?)a!["type"], (string?)a["title"])).ToList();
        Assert.Equal([("Action.ToggleVisibility", approve), ("Action.ToggleVisibility", decline)], toggles);
        var date = CardJson.ById(card, ExtensionFields.GrantUntil)!;
        Assert.Equal(("Input.Date", "2023-12-29", "2023-12-15"), ((string?)date["type"], (string?)date["value"], (string?)date["min"]));
        Assert.Equal("Input.Text", (string?)CardJson.ById(card, ExtensionFields.DeclineReason)!["type"]);
        foreach (var verb in new[] { ExtensionVerbs.Approve, ExtensionVerbs.Decline })
        {
            var button = CardJson.Button(card, verb);
            var data = button["data"]!.AsObject();
            Assert.Equal([verb, "requestId"], data.Select(p => p.Key == "verb" ? (string?)p.Value : p.Key));
            Assert.Equal("Action.Submit", (string?)button["fallback"]!["type"]);
            Assert.Equal(data.ToJsonString(), button["fallback"]!["data"]!.ToJsonString());
        }
    }

    [Fact]
    public async Task ApprovingMovesTheLinesCutOffTellsTheHeadOnceAndIsAudited()
    {
        var card = await RequestAsync();

        var (status, approved) = await DecideAsync(Office, card, ExtensionVerbs.Approve);
        var (_, again) = await DecideAsync(Office, card, ExtensionVerbs.Approve);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Đã đồng ý bởi Cán bộ Văn phòng lúc 08:00 20/11/2023: hạn báo cáo mới là 29/12/2023.", CardJson.Text(approved), StringComparison.Ordinal);
        Assert.Empty(CardJson.Buttons(approved));
        Assert.Contains("đã được quyết định trước đó", CardJson.Text(again), StringComparison.Ordinal);
        var request = Assert.Single(await RequestsAsync());
        Assert.Equal((ExtensionStatus.Approved, new DateOnly(2023, 12, 29), Office.Id), (request.Status, request.GrantedUntil, request.DecidedByPersonId));

        var sent = Assert.Single(await SentToHeadAsync("Đã được gia hạn — Nhiệm vụ PCI 19"), text => text.Contains("Đã được gia hạn", StringComparison.Ordinal));
        Assert.Contains("hạn báo cáo mới là 29/12/2023 (trước đây 14/12/2023)", sent, StringComparison.Ordinal);
        Assert.Single(await DecisionMessagesAsync());

        var audit = Assert.Single(await AuditAsync());
        Assert.Equal(("extension.approve", "aad-office", "Cán bộ Văn phòng"), (audit.Action, audit.ActorAadObjectId, audit.ActorName));
        Assert.Contains("PCI 19 / TTBCXB / 2023-M12", audit.Subject, StringComparison.Ordinal);
        Assert.Equal(("{\"cutOff\":\"14/12/2023\"}", "{\"cutOff\":\"29/12/2023\"}"), (audit.Before, audit.After));
        var log = (await scenario.AskAsync(scenario.People["admin"], "nhật ký")).CardText;
        Assert.Contains("Đồng ý gia hạn báo cáo", log, StringComparison.Ordinal);
        Assert.Contains("Hạn báo cáo: 14/12/2023 → 29/12/2023", log, StringComparison.Ordinal);

        var headsCard = await HeadsCardAsync();
        Assert.Contains("\"Hạn báo cáo\",\"value\":\"29/12/2023\"", headsCard, StringComparison.Ordinal);
        Assert.Equal("2023-12-30", (string?)CardJson.ById(JsonNode.Parse(headsCard)!.AsObject(), ProgressFields.ExtendTo)!["min"]);
    }

    [Fact]
    public async Task QuestionsAnswerWithTheGrantedCutOff()
    {
        var card = await RequestAsync();
        const string Due19 = "· 29/12/2023 · **Trong hạn**";
        var before = (await scenario.AskAsync(scenario.Head("TTBCXB"), "việc đến hạn của Phòng TTBCXB tháng này")).CardText;

        await DecideAsync(Office, card, ExtensionVerbs.Approve);

        var after = (await scenario.AskAsync(scenario.Head("TTBCXB"), "việc đến hạn của Phòng TTBCXB tháng này")).CardText;
        var others = (await scenario.AskAsync(scenario.Head("VP"), "việc đến hạn của Phòng VP tháng này")).CardText;
        Assert.DoesNotContain("29/12/2023", before, StringComparison.Ordinal);
        Assert.Contains(Due19, after, StringComparison.Ordinal);
        Assert.DoesNotContain("29/12/2023", others, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnApprovalNeedsADateAfterTodayAndAfterTheCurrentCutOff()
    {
        var card = await RequestAsync();

        var (_, early) = await DecideAsync(Office, card, ExtensionVerbs.Approve, grantUntil: "2023-12-10");
        var (_, missing) = await DecideAsync(Office, card, ExtensionVerbs.Approve, grantUntil: "");

        Assert.Equal("Hạn mới phải sau hôm nay và sau hạn hiện tại, tức là từ 15/12/2023 trở đi.", (string?)CardJson.ById(early, "grantUntilError")!["text"]);
        Assert.Null(CardJson.ById(early, ExtensionRequestCard.ApproveContainerId)!["isVisible"]);
        Assert.Equal("2023-12-10", (string?)CardJson.ById(early, ExtensionFields.GrantUntil)!["value"]);
        Assert.Equal("Hãy chọn hạn báo cáo mới.", (string?)CardJson.ById(missing, "grantUntilError")!["text"]);
        Assert.Equal(ExtensionStatus.Pending, Assert.Single(await RequestsAsync()).Status);
        Assert.Empty(await AuditAsync());
        Assert.Empty(await DecisionMessagesAsync());
    }

    [Fact]
    public async Task DecliningNeedsAReasonTellsTheHeadAndLeavesTheCutOff()
    {
        var card = await RequestAsync();

        var (_, noReason) = await DecideAsync(Office, card, ExtensionVerbs.Decline, reason: "   ");
        Assert.Equal("Hãy ghi lý do từ chối để đơn vị được biết.", (string?)CardJson.ById(noReason, "declineReasonError")!["text"]);
        Assert.Null(CardJson.ById(noReason, ExtensionRequestCard.DeclineContainerId)!["isVisible"]);
        Assert.Empty(await AuditAsync());

        var (_, declined) = await DecideAsync(Office, card, ExtensionVerbs.Decline, reason: "Số liệu đã có từ ngày 10/12");

        Assert.Contains("Đã từ chối bởi Cán bộ Văn phòng lúc 08:00 20/11/2023.", CardJson.Text(declined), StringComparison.Ordinal);
        Assert.Contains("Số liệu đã có từ ngày 10/12", CardJson.Text(declined), StringComparison.Ordinal);
        var request = Assert.Single(await RequestsAsync());
        Assert.Equal((ExtensionStatus.Declined, (DateOnly?)null, "Số liệu đã có từ ngày 10/12"), (request.Status, request.GrantedUntil, request.DeclineReason));
        var sent = Assert.Single(await SentToHeadAsync("Đề nghị gia hạn không được đồng ý — Nhiệm vụ PCI 19"), text => text.Contains("không được đồng ý", StringComparison.Ordinal));
        Assert.Contains("Hạn báo cáo vẫn là 14/12/2023.", sent, StringComparison.Ordinal);
        Assert.Contains("Số liệu đã có từ ngày 10/12", sent, StringComparison.Ordinal);
        var audit = Assert.Single(await AuditAsync());
        Assert.Equal(("extension.decline", "{\"declineReason\":\"Số liệu đã có từ ngày 10/12\"}"), (audit.Action, audit.After));
        Assert.Contains("\"Hạn báo cáo\",\"value\":\"14/12/2023\"", await HeadsCardAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyOfficeStaffAndAdminsMayDecideOthersAreRefusedPolitely()
    {
        var card = await RequestAsync();

        var (_, byHead) = await DecideAsync(scenario.Head("TTBCXB"), card, ExtensionVerbs.Approve);
        var (_, byStranger) = await DecideAsync(UpdateScenario.Stranger, card, ExtensionVerbs.Decline, reason: "Không");

        Assert.Contains("chỉ cán bộ Văn phòng Sở và quản trị viên", CardJson.Text(byHead), StringComparison.Ordinal);
        Assert.Contains("chỉ cán bộ Văn phòng Sở và quản trị viên", CardJson.Text(byStranger), StringComparison.Ordinal);
        Assert.Empty(CardJson.Buttons(byHead));
        Assert.Equal(ExtensionStatus.Pending, Assert.Single(await RequestsAsync()).Status);
        Assert.Empty(await AuditAsync());

        var (_, byAdmin) = await DecideAsync(scenario.People["admin"], card, ExtensionVerbs.Approve);
        Assert.Contains("Đã đồng ý bởi Quản trị viên", CardJson.Text(byAdmin), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASecondDecisionIsRefusedShowingWhoDecidedAndHow()
    {
        var card = await RequestAsync();
        await DecideAsync(Office, card, ExtensionVerbs.Approve);
        scenario.App.Clock.Advance(TimeSpan.FromHours(1));

        var (_, late) = await DecideAsync(scenario.People["admin"], card, ExtensionVerbs.Decline, reason: "Không đồng ý", locale: "en-US");

        var text = CardJson.Text(late);
        Assert.Contains("This request was decided before; nothing more was changed.", text, StringComparison.Ordinal);
        Assert.Contains("Approved by Cán bộ Văn phòng at 08:00 20/11/2023 (Vietnam time): the new cut-off is 29/12/2023.", text, StringComparison.Ordinal);
        Assert.Equal(ExtensionStatus.Approved, Assert.Single(await RequestsAsync()).Status);
        Assert.Single(await AuditAsync());
        Assert.Single(await DecisionMessagesAsync());
    }

    [Fact]
    public async Task TwoDecisionsAtOnceDecideOnce()
    {
        var card = await RequestAsync();

        var answers = await Task.WhenAll(
            DecideAsync(Office, card, ExtensionVerbs.Approve),
            DecideAsync(scenario.People["admin"], card, ExtensionVerbs.Decline, reason: "Không đồng ý"),
            DecideAsync(Office, card, ExtensionVerbs.Approve));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.NotEqual(ExtensionStatus.Pending, Assert.Single(await RequestsAsync()).Status);
        Assert.Single(await AuditAsync());
        Assert.Single(await DecisionMessagesAsync());
    }

    [Fact]
    public async Task TheSubmitFallbackDecidesTooAndReplacesTheCardInPlace()
    {
        var card = await RequestAsync();
        var data = CardJson.Button(card, ExtensionVerbs.Approve)["data"]!.DeepClone().AsObject();
        data[ExtensionFields.GrantUntil] = "2023-12-22";
        data[ExtensionFields.DeclineReason] = "";
        var before = scenario.Connector.Calls.Count;

        await scenario.App.PostActivityAsync(Activities.CardSubmit(scenario.Connector.ServiceUrl, data, Office.TeamsUserId!, Office.AadObjectId, replyToId: "notice-3"));

        var put = await scenario.CallAfterAsync(before, c => c.Method == "PUT");
        Assert.Equal($"/v3/conversations/a:personal-{Office.TeamsUserId}/activities/notice-3", put.Path);
        Assert.Contains("hạn báo cáo mới là 22/12/2023", put.CardText, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2023, 12, 22), Assert.Single(await RequestsAsync()).GrantedUntil);
    }

    [Fact]
    public async Task TheSameRequestSentTwiceIsOneRequest()
    {
        await RequestAsync();
        await RequestAsync();

        Assert.Single(await RequestsAsync());
        Assert.Single(await scenario.App.WithDbAsync(db => db.Outbox.AsNoTracking().Where(o => o.Kind == ExtensionRequests.Kind).ToListAsync()));
    }

    [Fact]
    public async Task AButtonNamingNoRequestChangesNothing()
    {
        var data = new JsonObject { ["verb"] = ExtensionVerbs.Approve, ["requestId"] = 4242, [ExtensionFields.GrantUntil] = "2023-12-29" };

        var (_, body) = await scenario.InvokeAsync(Office, data);

        Assert.Contains("Không còn tìm thấy đề nghị gia hạn này", CardJson.Text(UpdateScenario.CardOf(body)), StringComparison.Ordinal);
        Assert.Empty(await AuditAsync());
    }

    [PostgresFact]
    public async Task TwoDecisionsAtOnceDecideOnceOnPostgres()
    {
        await using var postgres = await TestPostgres.CreateAsync();
        await using var onPostgres = await UpdateScenario.StartAsync(postgres.Settings());
        var card = await ExtensionScenario.RequestAsync(onPostgres);

        var answers = await Task.WhenAll(
            ExtensionScenario.DecideAsync(onPostgres, onPostgres.People["office"], card, ExtensionVerbs.Approve),
            ExtensionScenario.DecideAsync(onPostgres, onPostgres.People["admin"], card, ExtensionVerbs.Decline, reason: "Không đồng ý"),
            ExtensionScenario.DecideAsync(onPostgres, onPostgres.People["office"], card, ExtensionVerbs.Approve));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        var request = await onPostgres.App.WithDbAsync(db => db.ExtensionRequests.AsNoTracking().SingleAsync());
        Assert.NotEqual(ExtensionStatus.Pending, request.Status);
        Assert.Equal(1, await onPostgres.App.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action.StartsWith("extension."))));
        Assert.Equal(1, await onPostgres.App.WithDbAsync(db => db.Outbox.CountAsync(o => o.Kind == ExtensionDecisions.Kind)));
    }
}
