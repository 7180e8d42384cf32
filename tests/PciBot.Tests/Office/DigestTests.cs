using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PciBot.Audience;
using PciBot.BotFramework.Schema;
using PciBot.Calendar;
using PciBot.Digests;
using PciBot.Outbox;
using PciBot.Reminders;
using PciBot.Schedules;
using PciBot.Tests.Infrastructure;
using PciBot.Updates;

namespace PciBot.Tests.Office;

public sealed class DigestTests : IAsyncLifetime
{
    private static readonly DateTimeOffset DayAfterCutOff = VietnamTime.AtLocal(new DateOnly(2023, 12, 15), new TimeOnly(8, 0));
    private static readonly DateTimeOffset Since = VietnamTime.AtLocal(new DateOnly(2023, 12, 1), TimeOnly.MinValue);

    private static readonly string[] HeadedUnits = ["VP", "TTBCXB", "CNTTBCVT", "CONG_TTDT"];

    /// <summary>The units task 19's "Các phòng thuộc Sở" stands for.</summary>
    private static readonly string[] Divisions = ["VP", "TTBCXB", "CNTTBCVT"];

    private OfficeScenario scenario = null!;

    public async Task InitializeAsync() => scenario = await OfficeScenario.StartAsync();

    public async Task DisposeAsync() => await scenario.DisposeAsync();

    private async Task<JsonObject> DigestCardAsync(DateTimeOffset since, long digestId = 1)
    {
        await using var scope = scenario.App.Scope();
        var digest = await scope.ServiceProvider.GetRequiredService<DigestBuilder>()
            .BuildAsync(ReportingPeriods.Of(PeriodKind.Quarter, 2023, 4), since, CancellationToken.None);
        return JsonSerializer.SerializeToNode(DigestCard.Build(digest!, digestId, PciBot.Localization.BotTexts.Vietnamese), BotJson.Options)!.AsObject();
    }

    /// <summary>
    /// The expected lines of each internal unit on 15 December 2023, from the seed files alone: one per task and lead
    /// unit, and one per month for the monthly task 19.
    /// </summary>
    private static Dictionary<string, Dictionary<string, int>> ExpectedByUnit()
    {
        var expected = new Dictionary<string, Dictionary<string, int>>();
        foreach (var task in SeedPlan.Tasks)
        {
            var key = $"{(string)task["family"]!} {(int)task["number"]!}";
            foreach (var unit in SeedPlan.LeadUnits(task))
            {
                var status = (key, unit) switch
                {
                    ("PCI 1", "VP") => "Hoàn thành đúng hạn",
                    ("PCI 1", "CONG_TTDT") => "Đã báo cáo",
                    ("PGI 2", "TTBCXB") => "Vướng mắc",
                    ("PCI 10", _) => "Chưa đến hạn",
                    ("PCI 8", _) => "Trong hạn",
                    _ => "Quá hạn",
                };
                var counts = expected.TryGetValue(unit, out var c) ? c : expected[unit] = [];
                counts[status] = counts.GetValueOrDefault(status) + ((string)task["cadence"]! == "Monthly" ? 3 : 1);
            }
        }

        return expected;
    }

    private static Dictionary<string, int> ParseCounts(string text) => text.Split(" · ")
        .Select(part => (Name: part[..part.LastIndexOf(' ')], Count: int.Parse(part[(part.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture)))
        .ToDictionary(p => p.Name, p => p.Count);

    private static Dictionary<string, string> Facts(JsonObject card, int factSet) =>
        card["body"]!.AsArray().Where(e => (string?)e!["type"] == "FactSet").ElementAt(factSet)!["facts"]!.AsArray()
            .ToDictionary(f => (string)f!["title"]!, f => (string)f!["value"]!);

    private static string Text(JsonObject card) => card.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    [Fact]
    public async Task TheDayAfterTheCutOffTheDigestCountsEachUnitsLinesByStatus()
    {
        scenario.App.Clock.SetUtcNow(DayAfterCutOff);

        var card = await DigestCardAsync(Since);

        var names = await scenario.UnitNamesAsync();
        var byUnit = Facts(card, 0).ToDictionary(f => f.Key, f => ParseCounts(f.Value));
        var expected = ExpectedByUnit().ToDictionary(e => names[e.Key], e => e.Value);
        Assert.Equal(expected.Keys.Order(), byUnit.Keys.Order());
        foreach (var (unit, counts) in expected)
        {
            Assert.Equal(counts.OrderBy(c => c.Key), byUnit[unit].OrderBy(c => c.Key));
        }
    }

    [Fact]
    public async Task TheDigestCountsByIndexWithWeightAndTarget()
    {
        scenario.App.Clock.SetUtcNow(DayAfterCutOff);

        var byIndex = Facts(await DigestCardAsync(Since), 1);

        var a1 = Assert.Single(byIndex, f => f.Key.StartsWith("A.I ", StringComparison.Ordinal));
        Assert.Equal("A.I Chỉ số gia nhập thị trường (Trọng số 5%, mục tiêu 7,3 điểm)", a1.Key);
        Assert.Equal(new Dictionary<string, int> { ["Quá hạn"] = 1, ["Đã báo cáo"] = 1, ["Hoàn thành đúng hạn"] = 1 }.OrderBy(c => c.Key), ParseCounts(a1.Value).OrderBy(c => c.Key));
        var b2 = Assert.Single(byIndex, f => f.Key.StartsWith("B.II ", StringComparison.Ordinal));
        Assert.Equal(new Dictionary<string, int> { ["Quá hạn"] = 1, ["Vướng mắc"] = 1 }.OrderBy(c => c.Key), ParseCounts(b2.Value).OrderBy(c => c.Key));
        Assert.Equal(10, byIndex.Count);
    }

    [Fact]
    public async Task HeadsOfUnitsWithOverdueLinesAreMentionedAndNobodyElse()
    {
        scenario.App.Clock.SetUtcNow(DayAfterCutOff);

        var card = await DigestCardAsync(Since);

        var mentions = card["msteams"]!["entities"]!.AsArray().Select(e => ((string)e!["type"]!, (string)e["mentioned"]!["id"]!, (string)e["text"]!)).ToList();
        var heads = HeadedUnits.Select(code => scenario.Updates.Head(code));
        Assert.Equal(heads.Select(h => ("mention", h.TeamsUserId!, $"<at>{h.Name}</at>")).Order(), mentions.Order());
        var text = Text(card);
        Assert.All(mentions, m => Assert.Contains(m.Item3, text, StringComparison.Ordinal));
        Assert.DoesNotContain(scenario.Updates.People["TTBCXB-delegate"].TeamsUserId!, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BeforeTheQuarterCutOffOnlyTheMonthsOfTask19ThatPassedAreOverdue()
    {
        var card = await DigestCardAsync(Since);

        var text = Text(card);
        var divisions = Divisions.Select(code => scenario.Updates.Head(code).TeamsUserId!).Order();
        Assert.Equal(divisions, card["msteams"]!["entities"]!.AsArray().Select(e => (string)e!["mentioned"]!["id"]!).Order());
        Assert.Contains("**Văn phòng Sở**: quá hạn, hạn 14/10/2023: PCI 19; quá hạn, hạn 14/11/2023: PCI 19; trong hạn, hạn 14/12/2023: PCI 2,", text, StringComparison.Ordinal);
        Assert.Contains("Dòng quá hạn: 6 (1 nhiệm vụ)", text, StringComparison.Ordinal);
        Assert.Equal(6, Regex.Count(text, @"\*\*PCI 19\*\* · [^""]+ — hạn 14/1[01]/2023"));
    }

    [Fact]
    public async Task NewObstaclesAndExtensionRequestsSinceTheLastDigestEachHaveAnOpenTaskButton()
    {
        var pgi2 = await scenario.TaskIdAsync("PGI 2");
        var pci2 = await scenario.TaskIdAsync("PCI 2");
        await scenario.App.WithDbAsync(db =>
        {
            db.Outbox.Add(new OutboxMessage
            {
                Kind = ExtensionRequests.Kind,
                ScheduleKey = OfficeNotices.ScheduleKey,
                PeriodKey = "extension/c0ffee01/abc",
                RecipientKind = RecipientKind.Person,
                RecipientKey = $"person:{scenario.Updates.People["office"].Id}",
                Subject = $"extension:task:{pci2}/unit:{scenario.Updates.Unit("VP")}",
                Stage = ReminderStage.OfficeNotice,
                Payload = JsonSerializer.Serialize(new ExtensionNotice(pci2, scenario.Updates.Unit("VP"), "2023-Q4", scenario.Updates.Head("VP").Id, new DateOnly(2023, 12, 14), new DateOnly(2023, 12, 29), "Chờ số liệu của Sở KH&ĐT")),
                Status = OutboxStatus.Sent,
                CreatedAt = VietnamTime.AtLocal(new DateOnly(2023, 12, 12), new TimeOnly(15, 0)),
                NextAttemptAt = VietnamTime.AtLocal(new DateOnly(2023, 12, 12), new TimeOnly(15, 0)),
            });
            return db.SaveChangesAsync();
        });

        var fresh = Text(await DigestCardAsync(Since));
        var stale = Text(await DigestCardAsync(VietnamTime.AtLocal(new DateOnly(2023, 12, 12), new TimeOnly(16, 0))));

        Assert.Contains($"**PGI 2** · Phòng TTBCXB: {OfficeScenario.Obstacle}", fresh, StringComparison.Ordinal);
        Assert.Contains($"\"verb\":\"office.open\",\"taskId\":{pgi2}", fresh, StringComparison.Ordinal);
        Assert.Contains("**PCI 2** · Head VP (Văn phòng Sở) xin gia hạn đến 29/12/2023 (hạn 14/12/2023): Chờ số liệu của Sở KH&ĐT", fresh, StringComparison.Ordinal);
        Assert.Contains($"\"verb\":\"office.open\",\"taskId\":{pci2}", fresh, StringComparison.Ordinal);
        Assert.DoesNotContain(OfficeScenario.Obstacle, stale, StringComparison.Ordinal);
        Assert.DoesNotContain("xin gia hạn", stale, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnObstacleSentAgainWithALaterUpdateIsNewOnlyOnce()
    {
        // The update card opens with the line's latest values, so a later update carries the same obstacle again.
        await scenario.AddAsync("PGI 2", "TTBCXB", "2023-Q4", ProgressStatus.Blocked, 40, "Đang khảo sát", OfficeScenario.Obstacle + " ", new DateOnly(2023, 12, 13));
        await scenario.AddAsync("PGI 2", "TTBCXB", "2023-Q4", ProgressStatus.Blocked, 45, "Đang khảo sát", "Chưa có mẫu phiếu", new DateOnly(2023, 12, 13));

        var fresh = Text(await DigestCardAsync(Since));
        var later = Text(await DigestCardAsync(VietnamTime.AtLocal(new DateOnly(2023, 12, 12), new TimeOnly(16, 0))));

        Assert.Equal(1, Regex.Count(fresh, Regex.Escape(OfficeScenario.Obstacle)));
        Assert.Contains("**PGI 2** · Phòng TTBCXB: Chưa có mẫu phiếu", fresh, StringComparison.Ordinal);
        Assert.DoesNotContain(OfficeScenario.Obstacle, later, StringComparison.Ordinal);
        Assert.Contains("**PGI 2** · Phòng TTBCXB: Chưa có mẫu phiếu", later, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheWeeklyDigestGoesToOfficeStaffOnMondaysOfTheWindowAndOnCutOffDays()
    {
        await using var scope = scenario.App.Scope();
        var schedules = scope.ServiceProvider.GetRequiredService<ScheduleOccurrences>();
        var schedule = await scope.ServiceProvider.GetRequiredService<PciBot.Data.PciBotDbContext>().Schedules.AsNoTracking().SingleAsync(s => s.Key == "digest");

        var occurrences = await schedules.BetweenAsync(schedule, VietnamTime.AtLocal(new DateOnly(2023, 10, 1), TimeOnly.MinValue), VietnamTime.AtLocal(new DateOnly(2023, 12, 31), TimeOnly.MinValue), CancellationToken.None);

        Assert.Equal(
            ["2023-10-13", "2023-11-14", "2023-11-27", "2023-12-04", "2023-12-11", "2023-12-14"],
            occurrences.Select(o => o.LocalDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(occurrences, o => Assert.Equal(new TimeOnly(8, 0), TimeOnly.FromDateTime(VietnamTime.ToLocal(o.FireAt).DateTime)));
        Assert.All(occurrences, o => Assert.Equal("2023-Q4", o.ReportPeriodKey));
    }

    [Fact]
    public async Task TheDigestIsQueuedOnceForEachOfficeStaffMemberAndRenderedAsTheDigestCard()
    {
        scenario.App.Clock.SetUtcNow(VietnamTime.AtLocal(new DateOnly(2023, 12, 14), new TimeOnly(8, 0)));
        await using (var scope = scenario.App.Scope())
        {
            var planner = scope.ServiceProvider.GetRequiredService<ReminderPlanner>();
            var db = scope.ServiceProvider.GetRequiredService<PciBot.Data.PciBotDbContext>();
            var schedule = await db.Schedules.SingleAsync(s => s.Key == "digest");
            schedule.FiredThrough = OfficeScenario.Wednesday;
            await db.SaveChangesAsync();
            await planner.QueueDueAsync("digest", scenario.App.Clock.GetUtcNow(), CancellationToken.None);
            await planner.QueueDueAsync("digest", scenario.App.Clock.GetUtcNow(), CancellationToken.None);
        }

        // Quartz may also fire the digest for the Mondays before, as the clock moved: the 14 December digest is what is checked.
        var rows = await scenario.App.WithDbAsync(db => db.Outbox.AsNoTracking().Where(o => o.ScheduleKey == "digest" && o.PeriodKey == "2023-Q4/digest/2023-12-14").ToListAsync());
        var row = Assert.Single(rows);
        Assert.Equal(($"person:{scenario.Updates.People["office"].Id}", "2023-Q4/digest/2023-12-14", "Digest"), (row.RecipientKey, row.PeriodKey, row.Subject));
        var card = await scenario.Updates.RenderAsync(row);
        Assert.Equal("Bản tin tiến độ — Quý IV/2023", (string?)card["body"]![0]!["text"]);
        Assert.Contains("trong hạn, hạn 14/12/2023: PCI 2,", Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemindAgainSendsTheReminderToTheUnitOnceAndOnlyForTheOffice()
    {
        scenario.App.Clock.SetUtcNow(DayAfterCutOff);
        var digestId = await scenario.App.WithDbAsync(async db =>
        {
            var digest = new OutboxMessage
            {
                Kind = ReminderKinds.Digest,
                ScheduleKey = "digest",
                PeriodKey = "2023-Q4/digest/test",
                RecipientKind = RecipientKind.Person,
                RecipientKey = $"person:{scenario.Updates.People["office"].Id}",
                PersonId = scenario.Updates.People["office"].Id,
                Subject = "Digest",
                Stage = ReminderStage.OfficeNotice,
                ReportPeriodKey = "2023-Q4",
                Status = OutboxStatus.Sent,
                CreatedAt = DayAfterCutOff,
                NextAttemptAt = DayAfterCutOff,
            };
            db.Outbox.Add(digest);
            await db.SaveChangesAsync();
            return digest.Id;
        });
        var pci2 = await scenario.TaskIdAsync("PCI 2");
        var vp = scenario.Updates.Unit("VP");
        var card = Text(await DigestCardAsync(Since, digestId));
        Assert.Contains($"\"verb\":\"office.nudge\",\"taskId\":{pci2},\"unitId\":{vp},\"periodKey\":\"2023-Q4\",\"digest\":{digestId}", card, StringComparison.Ordinal);
        var data = new JsonObject { ["verb"] = "office.nudge", ["taskId"] = pci2, ["unitId"] = vp, ["periodKey"] = "2023-Q4", ["digest"] = digestId };

        var first = await PressAsync("office", data, "press-1");
        var second = await PressAsync("admin", data, "press-2");
        var refused = await PressAsync("TTBCXB", data, "press-3");

        Assert.Equal("Đã gửi lại lời nhắc nhiệm vụ PCI 2 tới 1 người của Văn phòng Sở.", first);
        Assert.Equal("Lời nhắc nhiệm vụ PCI 2 cho Văn phòng Sở đã được gửi lại từ bản tin này trước đó.", second);
        Assert.Equal("Chức năng này chỉ dành cho cán bộ Văn phòng Sở và quản trị viên.", refused);
        var nudges = await scenario.App.WithDbAsync(db => db.Outbox.AsNoTracking().Where(o => o.ScheduleKey == Nudges.ScheduleKey).ToListAsync());
        var nudge = Assert.Single(nudges);
        Assert.Equal((scenario.Updates.Head("VP").Id, pci2, vp, ReminderStage.FollowUp, "2023-Q4"), (nudge.PersonId!.Value, nudge.TaskId!.Value, nudge.UnitId!.Value, nudge.Stage, nudge.ReportPeriodKey));
    }

    private async Task<string> PressAsync(string who, JsonObject data, string id)
    {
        var person = who == "TTBCXB" ? scenario.Updates.Head("TTBCXB") : scenario.Updates.People[who];
        var reply = await scenario.AskAsync(person, Activities.CardSubmit(scenario.Updates.Connector.ServiceUrl, data.DeepClone().AsObject(), person.TeamsUserId!, person.AadObjectId, id: id));
        return (string)reply.Body!["text"]!;
    }
}
