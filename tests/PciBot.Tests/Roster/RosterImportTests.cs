using System.Globalization;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using PciBot.Admin;
using PciBot.Audit;
using PciBot.Outbox;
using PciBot.People;
using PciBot.Registry;
using PciBot.Testing;
using PciBot.Tests.Admin;
using PciBot.Tests.Infrastructure;
using PciBot.Tests.Reminders;

namespace PciBot.Tests.Roster;

/// <summary>Rosters sent in the chat, previewed, applied once by who sent them; people found through Graph or a team's roster; readiness.</summary>
public sealed class RosterImportTests(CardValidator validator) : IClassFixture<CardValidator>
{
    private const string OfficeAad = "44444444-4444-4444-4444-444444444444";
    private const string OtherAdminAad = "33333333-3333-3333-3333-333333333333";

    [Fact]
    public async Task PreviewAppliedReadinessAndTemplateCardsAreValidInBothLanguagesAndTheirButtonsWork()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var graph = await FakeGraph.StartAsync();
        await using var app = PciBotApp.Create(now: ReminderDeliveryTests.BeforeQ4Reminder, settings: RosterScenario.Settings(connector, graph));
        var units = await RosterScenario.LeadUnitsAsync(app);
        var head = graph.AddUser(RosterScenario.Principal(units[0].Code, "head"), "Trưởng Một");
        var unlicensed = graph.AddUser(RosterScenario.Principal(units[1].Code, "head"), "Trưởng Hai");
        graph.Unlicensed(unlicensed.Id);
        var cards = new Dictionary<string, JsonObject>();
        foreach (var (locale, lang) in new[] { ("vi-VN", "vi"), ("en-US", "en") })
        {
            var file = AdminScenario.FileMessage(connector, $"roster-{lang}.csv", "csv", RosterScenario.Csv(
            [
                (units[0].Name, "Trưởng Một", head.UserPrincipalName, "head"),
                (units[1].Name, "Trưởng Hai", unlicensed.UserPrincipalName, "trưởng"),
                ("Phòng Không Có", "Ai Đó", $"nobody@{RosterScenario.Domain}", "head"),
            ]));
            file["locale"] = locale;
            cards[$"preview-{lang}"] = CardOf(await AdminScenario.SayAsync(app, connector, file));
        }

        var imports = await app.WithDbAsync(db => db.RosterImports.OrderBy(i => i.Id).ToListAsync());
        cards["discarded"] = JsonNode.Parse(await RosterScenario.PressAsync(app, connector, RosterVerbs.Discard, Id(imports[1])))!.AsObject();
        cards["applied"] = JsonNode.Parse(await RosterScenario.PressAsync(app, connector, RosterVerbs.Apply, Id(imports[0])))!.AsObject();
        foreach (var (locale, lang, command) in new[] { ("vi-VN", "vi", "sẵn sàng nhận nhắc việc"), ("en-US", "en", "readiness") })
        {
            cards[$"readiness-{lang}"] = CardOf(await AdminScenario.SayAsync(app, connector, AdminScenario.Message(connector, command, locale: locale)));
        }

        cards["readiness-pressed"] = JsonNode.Parse(await RosterScenario.PressAsync(app, connector, RosterVerbs.Readiness, null))!.AsObject();
        cards["template"] = CardOf(await AdminScenario.SayAsync(app, connector, AdminScenario.Message(connector, "mẫu danh sách cán bộ")));

        var run = await validator.ValidateAsync(cards);

        Assert.True(run.ExitCode == 0, run.Printed);
        Assert.Contains("Đã hủy, không có gì thay đổi.", AdminScenario.Readable(cards["discarded"]), StringComparison.Ordinal);
        var applied = AdminScenario.Readable(cards["applied"]);
        Assert.Contains("Đã cài PciBot và mở cuộc trò chuyện cho 1 người", applied, StringComparison.Ordinal);
        Assert.Contains("Chưa cài được PciBot cho 1 người", applied, StringComparison.Ordinal);
        var readiness = AdminScenario.Readable(cards["readiness-vi"]);
        Assert.Contains("⛔ không cài được PciBot", readiness, StringComparison.Ordinal);
        Assert.Contains("✅ nhận được", readiness, StringComparison.Ordinal);
        Assert.Contains("Chưa có người nhận", readiness, StringComparison.Ordinal);
        Assert.Contains($"1/{units.Count} đơn vị chủ trì", readiness, StringComparison.Ordinal);
        Assert.Equal(ChatOpening.NotAvailable, (await app.WithDbAsync(db => db.People.SingleAsync(p => p.AadObjectId == unlicensed.Id))).ReachProblem);

        var link = (string)cards["readiness-vi"]["actions"]!.AsArray().Single(a => (string?)a!["type"] == "Action.OpenUrl")!["url"]!;
        using var client = app.CreateClient();
        var workbook = await client.GetByteArrayAsync(new Uri(link).PathAndQuery);
        Assert.Contains("Trưởng Hai", SheetText(workbook), StringComparison.Ordinal);
        var template = (string)cards["template"]["actions"]![0]!["url"]!;
        Assert.Contains(units[0].Name, SheetText(await client.GetByteArrayAsync(new Uri(template).PathAndQuery), sheet: 1), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyThePersonWhoSentTheRosterCanApplyItAndAnOtherAdminsPressIsAudited()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var graph = await FakeGraph.StartAsync();
        var settings = RosterScenario.Settings(connector, graph);
        settings["People:InitialAdmins:1"] = OtherAdminAad;
        await using var app = PciBotApp.Create(now: ReminderDeliveryTests.BeforeQ4Reminder, settings: settings);
        var units = await RosterScenario.LeadUnitsAsync(app);
        var head = graph.AddUser(RosterScenario.Principal(units[0].Code, "head"), "Trưởng Một");
        await AdminScenario.SayAsync(app, connector, AdminScenario.FileMessage(connector, "roster.csv", "csv", RosterScenario.Csv([(units[0].Name, "Trưởng Một", head.UserPrincipalName, "trưởng")])));
        var id = Id(await app.WithDbAsync(db => db.RosterImports.SingleAsync()));

        var refused = await RosterScenario.PressAsync(app, connector, RosterVerbs.Apply, id, aad: OtherAdminAad, userId: "29:admin-2");

        Assert.Contains("Chỉ người đã gửi danh sách này", refused, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.UnitMemberships.CountAsync()));
        Assert.Equal(OtherAdminAad, (await app.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "roster.import.refused"))).ActorAadObjectId);
        Assert.Contains("Đã áp dụng", await RosterScenario.PressAsync(app, connector, RosterVerbs.Apply, id), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.UnitMemberships.CountAsync()));
    }

    [Fact]
    public async Task OfficeStaffCanSendARosterButNotMakeAnyoneAdmin()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var graph = await FakeGraph.StartAsync();
        await using var app = PciBotApp.Create(now: ReminderDeliveryTests.BeforeQ4Reminder, settings: RosterScenario.Settings(connector, graph, install: false));
        await app.WithDbAsync(async db =>
        {
            db.People.Add(new Person { AadObjectId = OfficeAad, Name = "Cán Bộ Văn Phòng", IsOfficeStaff = true, TeamsUserId = "29:office-1", TenantId = Activities.TenantId });
            return await db.SaveChangesAsync();
        });
        var units = await RosterScenario.LeadUnitsAsync(app);
        var head = graph.AddUser(RosterScenario.Principal(units[0].Code, "head"), "Trưởng Một");
        var office = graph.AddUser($"vanphong@{RosterScenario.Domain}", "Cán Bộ Văn Phòng");
        var roster = RosterScenario.Csv(
        [
            (units[0].Name, "Trưởng Một", head.UserPrincipalName, "trưởng"),
            ("", "Trưởng Một", head.UserPrincipalName, "quản trị"),
            ("", "Cán Bộ Văn Phòng", office.UserPrincipalName, "văn phòng"),
        ]);

        var preview = await AdminScenario.SayAsync(app, connector, AdminScenario.FileMessage(connector, "roster.csv", "csv", roster, aad: OfficeAad));
        var id = Id(await app.WithDbAsync(db => db.RosterImports.SingleAsync()));
        var applied = await RosterScenario.PressAsync(app, connector, RosterVerbs.Apply, id, aad: OfficeAad, userId: "29:office-1");

        Assert.Contains("chỉ quản trị viên mới gán được quyền quản trị", preview, StringComparison.Ordinal);
        Assert.Contains("Đã áp dụng", applied, StringComparison.Ordinal);
        var people = await app.WithDbAsync(db => db.People.Include(p => p.Memberships).ToListAsync());
        Assert.False(people.Single(p => p.AadObjectId == head.Id).IsAdmin);
        Assert.Single(people.Single(p => p.AadObjectId == head.Id).Memberships);
        Assert.True(people.Single(p => p.AadObjectId == office.Id).IsOfficeStaff);

        // Not in the file, but a roster never takes the Office role from the person applying it.
        Assert.True(people.Single(p => p.AadObjectId == OfficeAad).IsOfficeStaff);
    }

    [Fact]
    public async Task AWorkbookFilledInTheTemplateReplacesTheRolesItNoLongerNames()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var graph = await FakeGraph.StartAsync();
        await using var app = PciBotApp.Create(now: ReminderDeliveryTests.BeforeQ4Reminder, settings: RosterScenario.Settings(connector, graph, install: false));
        var units = await RosterScenario.LeadUnitsAsync(app);
        var old = graph.AddUser($"old@{RosterScenario.Domain}", "Trưởng Cũ");
        var next = graph.AddUser($"new@{RosterScenario.Domain}", "Trưởng Mới");
        await app.WithDbAsync(async db =>
        {
            var person = new Person { AadObjectId = old.Id, Name = "Trưởng Cũ" };
            person.Memberships.Add(new UnitMembership { UnitId = units[0].Id, Role = MembershipRole.Head });
            person.Memberships.Add(new UnitMembership { UnitId = units[1].Id, Role = MembershipRole.Head });
            db.People.Add(person);
            return await db.SaveChangesAsync();
        });
        var unitNames = await app.WithDbAsync(db => db.Units.Where(u => u.Internal && u.Kind == UnitKind.Unit).OrderBy(u => u.Code).Select(u => u.Name).ToListAsync());
        var workbook = Fill(RosterTemplate.Write(unitNames, RosterTexts.Vietnamese),
        [
            [units[0].Name, "Trưởng Mới", next.UserPrincipalName, "trưởng"],
            [units[1].Name, "Trưởng Cũ", old.UserPrincipalName, "ủy quyền"],
        ]);

        var preview = await AdminScenario.SayAsync(app, connector, AdminScenario.FileMessage(connector, "danh-sach.xlsx", "xlsx", workbook));
        var id = Id(await app.WithDbAsync(db => db.RosterImports.SingleAsync()));
        await RosterScenario.PressAsync(app, connector, RosterVerbs.Apply, id);

        Assert.Contains("Thêm 1 vai trò, đổi 1, bỏ 1.", preview, StringComparison.Ordinal);
        var memberships = await app.WithDbAsync(db => db.UnitMemberships.Include(m => m.Person).OrderBy(m => m.UnitId).ToListAsync());
        Assert.Equal(
            new[] { (units[0].Id, next.Id, MembershipRole.Head), (units[1].Id, old.Id, MembershipRole.Delegate) }.OrderBy(m => m.Item1).ToList(),
            memberships.Select(m => (m.UnitId, m.Person!.AadObjectId, m.Role)).OrderBy(m => m.UnitId).ToList());
        Assert.Equal(2, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "role.roster")));
    }

    [Fact]
    public async Task WithoutGraphPeopleAreFoundInTheRosterOfATeamTheBotIsInAndOthersAreListed()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = PciBotApp.Create(now: ReminderDeliveryTests.BeforeQ4Reminder, settings: Dispatching.Settings(connector, more: AdminScenario.Settings));
        var units = await RosterScenario.LeadUnitsAsync(app);
        var principal = RosterScenario.Principal(units[0].Code, "head");
        var roster = RosterScenario.Csv([(units[0].Name, "Trưởng Một", principal, "trưởng"), (units[1].Name, "Người Ngoài", $"outsider@{RosterScenario.Domain}", "trưởng")]);

        var beforeTeam = await AdminScenario.SayAsync(app, connector, AdminScenario.FileMessage(connector, "roster.csv", "csv", roster));
        await app.PostActivityAsync(Activities.ChannelMessage(connector.ServiceUrl, "trợ giúp"));
        connector.MemberAnswers[principal] = new { id = "29:head-1", name = "Trưởng Một", aadObjectId = "aad-head-1", userPrincipalName = principal };
        var before = connector.Calls.Count;
        await app.PostActivityAsync(AdminScenario.FileMessage(connector, "roster.csv", "csv", roster));
        var preview = AdminScenario.Readable((await connector.WaitForCallAfterAsync(before, c => c.Method == "POST" && c.CardText.Contains("\"target\":\"2\"", StringComparison.Ordinal))).Body!);
        var id = Id(await app.WithDbAsync(db => db.RosterImports.OrderBy(i => i.Id).LastAsync()));
        await RosterScenario.PressAsync(app, connector, RosterVerbs.Apply, id);

        Assert.Contains("cần cấu hình Microsoft Graph", beforeTeam, StringComparison.Ordinal);
        Assert.True(preview.Contains("Thêm 1 vai trò", StringComparison.Ordinal), preview);
        Assert.True(preview.Contains("không tìm thấy tài khoản này", StringComparison.Ordinal), preview);
        Assert.Contains(connector.Calls, c => c.Method == "GET" && c.Path.EndsWith($"/members/{principal}", StringComparison.Ordinal));
        var head = await app.WithDbAsync(db => db.People.Include(p => p.Memberships).SingleAsync(p => p.AadObjectId == "aad-head-1"));
        Assert.Equal(("29:head-1", principal, units[0].Id), (head.TeamsUserId, head.UserPrincipalName, head.Memberships.Single().UnitId));
    }

    [Fact]
    public async Task AMissingGraphPermissionIsExplainedWithTheExactPermissionAndReachingThemFallsBackToTeams()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var graph = await FakeGraph.StartAsync();
        await using var app = PciBotApp.Create(now: ReminderDeliveryTests.BeforeQ4Reminder, settings: RosterScenario.Settings(connector, graph));
        var units = await RosterScenario.LeadUnitsAsync(app);
        var head = graph.AddUser(RosterScenario.Principal(units[0].Code, "head"), "Trưởng Một");
        graph.PermissionMissing = true;
        await AdminScenario.SayAsync(app, connector, AdminScenario.FileMessage(connector, "roster.csv", "csv", RosterScenario.Csv([(units[0].Name, "Trưởng Một", head.UserPrincipalName, "trưởng")])));

        var applied = await RosterScenario.PressAsync(app, connector, RosterVerbs.Apply, Id(await app.WithDbAsync(db => db.RosterImports.SingleAsync())));
        await Dispatching.DrainedAsync(app, TimeSpan.FromSeconds(30));
        var readiness = await AdminScenario.SayAsync(app, connector, AdminScenario.Message(connector, "sẵn sàng nhận nhắc việc"));

        Assert.Contains("TeamsAppInstallation.ReadWriteSelfForUser.All", applied, StringComparison.Ordinal);
        Assert.Contains("Grant admin consent", applied, StringComparison.Ordinal);
        Assert.Contains("thiếu quyền cài PciBot", readiness, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.UnitMemberships.CountAsync()));
    }

    [Fact]
    public async Task AMissingGraphPermissionMetByTheRemindersTellsTheAdminOnceWithThePermission()
    {
        await using var connector = await FakeConnector.StartAsync(new FakeConnectorOptions { KeepBodies = true });
        await using var graph = await FakeGraph.StartAsync();
        await using var app = PciBotApp.Create(now: ReminderDeliveryTests.BeforeQ4Reminder, settings: RosterScenario.Settings(connector, graph));
        var units = await RosterScenario.LeadUnitsAsync(app);
        var heads = units.Take(3).Select(u => (Unit: u, User: graph.AddUser(RosterScenario.Principal(u.Code, "head"), $"Trưởng {u.Code}"))).ToList();
        await AdminScenario.SayAsync(app, connector, AdminScenario.FileMessage(connector, "roster.csv", "csv",
            RosterScenario.Csv(heads.Select(h => (h.Unit.Name, $"Trưởng {h.Unit.Code}", h.User.UserPrincipalName, "trưởng")))));
        graph.PermissionMissing = true;
        await RosterScenario.PressAsync(app, connector, RosterVerbs.Apply, Id(await app.WithDbAsync(db => db.RosterImports.SingleAsync())));
        await Dispatching.DrainedAsync(app, TimeSpan.FromSeconds(60), awaited: r => r.Kind == PermissionNotices.Kind);
        await app.WithDbAsync(async db =>
        {
            // As if the roster had been applied in an earlier month: the reminders meet the refusal afresh.
            Assert.Equal(1, await db.Outbox.Where(r => r.Kind == PermissionNotices.Kind).ExecuteDeleteAsync());
            foreach (var person in await db.People.Where(p => p.ReachProblem != null).ToListAsync())
            {
                person.ReachProblem = null;
            }

            return await db.SaveChangesAsync();
        });

        // The Apply's notice has reached the connector already: only what the reminders bring counts.
        var before = connector.Calls.Count;
        app.Clock.Advance(ReminderDeliveryTests.AtQ4Reminder - ReminderDeliveryTests.BeforeQ4Reminder);
        await Dispatching.SchedulesFiredAsync(app);
        var outbox = await Dispatching.DrainedAsync(app, TimeSpan.FromSeconds(60), awaited: r => r.Kind == PermissionNotices.Kind);

        var admin = await app.WithDbAsync(db => db.People.SingleAsync(p => p.AadObjectId == AdminScenario.AdminAad));
        var notice = Assert.Single(outbox, r => r.Kind == PermissionNotices.Kind);
        Assert.Equal((OutboxStatus.Sent, admin.Id), (notice.Status, notice.PersonId));
        Assert.True(graph.Calls.Count(c => c.Method == "POST") > heads.Count, "the reminders met the refusal again");
        var card = connector.Calls.Skip(before).Select(c => c.Body?.ToJsonString() ?? "").Single(b => b.Contains("Grant admin consent", StringComparison.Ordinal));
        Assert.Contains("TeamsAppInstallation.ReadWriteSelfForUser.All", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APersonWhoCannotHaveTheAppIsUnreachableAndTheOfficeIsToldOnce()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var graph = await FakeGraph.StartAsync();
        await using var app = PciBotApp.Create(now: ReminderDeliveryTests.BeforeQ4Reminder, settings: RosterScenario.Settings(connector, graph));
        var units = await RosterScenario.LeadUnitsAsync(app);
        var head = graph.AddUser(RosterScenario.Principal(units[0].Code, "head"), "Trưởng Một");
        await AdminScenario.SayAsync(app, connector, AdminScenario.FileMessage(connector, "roster.csv", "csv", RosterScenario.Csv([(units[0].Name, "Trưởng Một", head.UserPrincipalName, "trưởng")])));
        graph.PermissionMissing = true;
        await RosterScenario.PressAsync(app, connector, RosterVerbs.Apply, Id(await app.WithDbAsync(db => db.RosterImports.SingleAsync())));
        graph.PermissionMissing = false;
        graph.Unlicensed(head.Id);
        await app.WithDbAsync(async db =>
        {
            var person = await db.People.SingleAsync(p => p.AadObjectId == head.Id);
            person.ReachProblem = null;
            return await db.SaveChangesAsync();
        });
        await Dispatching.OfficeChannelAsync(app, connector);

        app.Clock.Advance(ReminderDeliveryTests.AtQ4Reminder - ReminderDeliveryTests.BeforeQ4Reminder);
        await Dispatching.SchedulesFiredAsync(app);
        var outbox = await Dispatching.DrainedAsync(app, TimeSpan.FromSeconds(60), awaited: r => r.Kind.Name == "unreachable");

        var person = await app.WithDbAsync(db => db.People.SingleAsync(p => p.AadObjectId == head.Id));
        var rows = outbox.Where(r => r.PersonId == person.Id).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(OutboxStatus.Unreachable, r.Status));
        Assert.Contains(rows, r => r.LastError?.Contains("cannot be installed", StringComparison.Ordinal) == true);
        Assert.Equal(ChatOpening.NotAvailable, person.ReachProblem);
        Assert.Single(outbox, r => r.Kind.Name == "unreachable");
        // Once on Apply (refused for the permission), once for the first reminder; the person's other reminders are not tried again.
        Assert.Equal(2, graph.Calls.Count(c => c.Method == "POST" && c.Path.Contains(head.Id, StringComparison.Ordinal)));
    }

    private static string Id(RosterImport import) => import.Id.ToString(CultureInfo.InvariantCulture);

    private static JsonObject CardOf(string reply) =>
        JsonNode.Parse(reply)!["attachments"]!.AsArray().Select(a => a!["content"]).OfType<JsonObject>().First();

    private static string SheetText(byte[] workbook, int sheet = 0)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), false);
        var part = document.WorkbookPart!;
        var id = part.Workbook.Sheets!.Elements<Sheet>().ElementAt(sheet).Id!;
        return string.Join("|", ((WorksheetPart)part.GetPartById(id!)).Worksheet.Descendants<Cell>().Select(c => c.InnerText));
    }

    /// <summary>Writes rows under the template's header, as someone filling it in Excel would (inline strings).</summary>
    private static byte[] Fill(byte[] template, string[][] rows)
    {
        using var stream = new MemoryStream();
        stream.Write(template);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var part = document.WorkbookPart!;
            var id = part.Workbook.Sheets!.Elements<Sheet>().First().Id!;
            var data = ((WorksheetPart)part.GetPartById(id!)).Worksheet.GetFirstChild<SheetData>()!;
            for (var r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)r + 2 };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    row.Append(new Cell { CellReference = $"{(char)('A' + c)}{r + 2}", DataType = CellValues.InlineString, InlineString = new InlineString(new Text(rows[r][c])) });
                }

                data.Append(row);
            }
        }

        return stream.ToArray();
    }
}
