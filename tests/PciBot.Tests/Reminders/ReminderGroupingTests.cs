using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PciBot.Audience;
using PciBot.Calendar;
using PciBot.Conversations;
using PciBot.Outbox;
using PciBot.People;
using PciBot.Registry;
using PciBot.Reminders;
using PciBot.Testing;
using PciBot.Tests.Infrastructure;
using PciBot.Tests.Updates;
using PciBot.Updates;

namespace PciBot.Tests.Reminders;

/// <summary>
/// A person gets one card per schedule's fire, whatever the number of lines due for their units, through the real
/// host, Quartz, the outbox and the fake Teams connector. On 11 December 2023 the quarterly, monthly and annual
/// schedules fire at 08:00; the head of CNTTBCVT has 11, 1 and 3 lines in them, the head of BBT_TRANG_TTDT 1 quarterly line.
/// </summary>
public sealed class ReminderGroupingTests : IAsyncLifetime
{
    private static readonly string[] HeadedUnits = ["CNTTBCVT", "BBT_TRANG_TTDT"];
    private static readonly DateTimeOffset AtQ4FollowUp = VietnamTime.AtLocal(new DateOnly(2023, 12, 13), new TimeOnly(8, 0));

    private readonly Dictionary<string, Person> heads = new(StringComparer.Ordinal);
    private FakeConnector connector = null!;
    private PciBotApp app = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        app = PciBotApp.Create(now: ReminderDeliveryTests.BeforeQ4Reminder, settings: Dispatching.Settings(connector));
        await app.WithDbAsync(async db =>
        {
            foreach (var code in HeadedUnits)
            {
                heads[code] = await TestPeople.HeadAsync(db, code);
                db.Conversations.Add(TestPeople.PersonalChat(heads[code], connector.ServiceUrl, ReminderDeliveryTests.BeforeQ4Reminder));
            }

            return await db.SaveChangesAsync();
        });
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task AHeadWithManyLinesDueGetsOneCardPerFireListingThemAllWithAnUpdateButtonEach()
    {
        var rows = await FireAsync(ReminderDeliveryTests.AtQ4Reminder);

        var head = heads["CNTTBCVT"];
        var theirs = rows.Where(r => r.PersonId == head.Id).ToList();
        Assert.Equal(["annual", "monthly", "quarterly"], theirs.Select(r => r.ScheduleKey).Order(StringComparer.Ordinal));
        Assert.Equal(3, connector.DeliveriesTo(Chat(head)).Count);
        var unit = await UnitIdAsync("CNTTBCVT");

        var quarterly = CardOf(theirs.Single(r => r.ScheduleKey == "quarterly"));
        var text = CardJson.Text(quarterly);
        Assert.Contains("Nhắc báo cáo Quý IV/2023", text, StringComparison.Ordinal);
        Assert.Contains("Đề nghị Phòng CNTTBCVT báo cáo kết quả thực hiện 11 nhiệm vụ dưới đây trước ngày 14/12/2023.", text, StringComparison.Ordinal);
        var buttons = OpenButtons(quarterly);
        Assert.Equal(await TaskIdsAsync(QuarterlyTasksLedBy("CNTTBCVT")), buttons.Select(b => (int)b["data"]!["taskId"]!).Order());
        Assert.All(buttons, b =>
        {
            Assert.Equal("Cập nhật", (string?)b["title"]);
            Assert.Equal((unit, "2023-Q4"), ((int)b["data"]!["unitId"]!, (string?)b["data"]!["periodKey"]));
            var fallback = b["fallback"]!.AsObject();
            Assert.Equal(("Action.Submit", "Cập nhật"), ((string?)fallback["type"], (string?)fallback["title"]));
            Assert.True(JsonNode.DeepEquals(b["data"], fallback["data"]));
            Assert.DoesNotContain(b["data"]!.AsObject(), member => member.Key.ToLowerInvariant() is "key" or "msteams");
        });
        Assert.Equal(11, Occurrences(text, "Hạn báo cáo 14/12/2023 · **Trong hạn**"));
        Assert.DoesNotContain(CardJson.Buttons(quarterly), b => (string?)b["verb"] == ProgressVerbs.Submit);

        var annual = CardOf(theirs.Single(r => r.ScheduleKey == "annual"));
        Assert.Equal(3, OpenButtons(annual).Count);
        Assert.All(OpenButtons(annual), b => Assert.Equal("2023", (string?)b["data"]!["periodKey"]));

        // One line due in the monthly schedule: that card is the update form itself, as before.
        var monthly = CardOf(theirs.Single(r => r.ScheduleKey == "monthly"));
        Assert.Empty(OpenButtons(monthly));
        Assert.Equal(unit, (int)CardJson.Button(monthly, ProgressVerbs.Submit)["data"]!["unitId"]!);
    }

    [Fact]
    public async Task AHeadWithOneLineDueGetsTheUpdateCardItself()
    {
        var rows = await FireAsync(ReminderDeliveryTests.AtQ4Reminder);

        var head = heads["BBT_TRANG_TTDT"];
        var row = Assert.Single(rows, r => r.PersonId == head.Id);
        var card = Assert.Single(connector.DeliveriesTo(Chat(head))).Call.Card!;
        Assert.Equal((ReminderKinds.Lines, await UnitIdAsync("BBT_TRANG_TTDT")), (row.Kind, row.UnitId));
        Assert.Equal(row.TaskId, ReminderLinesRow.Lines(row).Single().TaskId);
        Assert.Contains("Nhắc báo cáo Quý IV/2023", CardJson.Text(card), StringComparison.Ordinal);
        Assert.Equal($"o{row.Id}", (string?)CardJson.Button(card, ProgressVerbs.Submit)["data"]!["cardId"]);
        Assert.Empty(OpenButtons(card));
    }

    [Fact]
    public async Task FollowUpsAreOneCardPerFireListingTheLinesStillUnreported()
    {
        var rows = await FireAsync(ReminderDeliveryTests.AtQ4Reminder);
        var head = heads["CNTTBCVT"];
        var reported = OpenButtons(CardOf(rows.Single(r => r.PersonId == head.Id && r.ScheduleKey == "quarterly")))[0]["data"]!.AsObject();
        var submit = UpdateScenario.Entered(
            UpdateScenario.Data(ProgressVerbs.Submit, (int)reported["taskId"]!, (int)reported["unitId"]!, (string)reported["periodKey"]!, "c0ffee01"),
            "InProgress", "40", "Đang triển khai", "", "");
        await InvokeAsync(head, submit);

        rows = await FireAsync(AtQ4FollowUp, atLeast: rows.Count + 3);

        var followUps = rows.Where(r => r.PersonId == head.Id && r.PeriodKey.EndsWith("/follow-up", StringComparison.Ordinal)).ToList();
        Assert.Equal(["annual", "monthly", "quarterly"], followUps.Select(r => r.ScheduleKey).Order(StringComparer.Ordinal));
        Assert.Equal(6, connector.DeliveriesTo(Chat(head)).Count);
        var quarterly = CardOf(followUps.Single(r => r.ScheduleKey == "quarterly"));
        var text = CardJson.Text(quarterly);
        Assert.Contains("Nhắc lại: chưa có báo cáo Quý IV/2023", text, StringComparison.Ordinal);
        Assert.Contains("PciBot chưa nhận được báo cáo của Phòng CNTTBCVT cho 10 nhiệm vụ dưới đây.", text, StringComparison.Ordinal);
        Assert.Equal("attention", (string?)quarterly["body"]![0]!["color"]);
        var buttons = OpenButtons(quarterly);
        Assert.Equal(10, buttons.Count);
        Assert.DoesNotContain(buttons, b => (int)b["data"]!["taskId"]! == (int)reported["taskId"]!);
        Assert.Equal(3, OpenButtons(CardOf(followUps.Single(r => r.ScheduleKey == "annual"))).Count);
    }

    [Fact]
    public async Task UpdateOnALineOfTheListOpensThatLinesUpdateCardInPlace()
    {
        var rows = await FireAsync(ReminderDeliveryTests.AtQ4Reminder);
        var head = heads["CNTTBCVT"];
        var button = OpenButtons(CardOf(rows.Single(r => r.PersonId == head.Id && r.ScheduleKey == "annual")))[1];
        var data = button["data"]!.AsObject();

        var (status, body) = await InvokeAsync(head, data);

        Assert.Equal(HttpStatusCode.OK, status);
        var card = UpdateScenario.CardOf(body);
        var submit = CardJson.Button(card, ProgressVerbs.Submit)["data"]!;
        Assert.Equal(((int)data["taskId"]!, (int)data["unitId"]!, "2023"), ((int)submit["taskId"]!, (int)submit["unitId"]!, (string?)submit["periodKey"]));
    }

    [Fact]
    public async Task ARestartMidFanOutStillSendsEachPersonTheirCardOnce()
    {
        await using var slow = await FakeConnector.StartAsync(new FakeConnectorOptions { Latency = TimeSpan.FromMilliseconds(40) });
        var directory = Dispatching.NewDirectory();
        try
        {
            var settings = Dispatching.Settings(slow, more: new Dictionary<string, string?> { ["Dispatch:Parallelism"] = "2" });
            await using (var first = PciBotApp.Create(now: ReminderDeliveryTests.BeforeQ4Reminder, directory: directory, settings: settings))
            {
                await first.WithDbAsync(db => TestPeople.ManyAsync(db, 60, ReminderDeliveryTests.Staffed, slow.ServiceUrl, ReminderDeliveryTests.BeforeQ4Reminder));
                first.Clock.Advance(ReminderDeliveryTests.AtQ4Reminder - ReminderDeliveryTests.BeforeQ4Reminder);
                await slow.WaitForDeliveriesAsync(20, TimeSpan.FromSeconds(30));
            }

            var sentByFirst = slow.Deliveries.Count;
            slow.Latency = TimeSpan.Zero;
            await using var second = PciBotApp.Create(now: ReminderDeliveryTests.AtQ4Reminder.AddMinutes(30), directory: directory, settings: Dispatching.Settings(slow, globalPerSecond: 1000));
            await Dispatching.SchedulesFiredAsync(second);
            var rows = await Dispatching.DrainedAsync(second, TimeSpan.FromSeconds(60), atLeast: sentByFirst + 1);

            Assert.True(rows.Count > sentByFirst + 20, $"Only {rows.Count - sentByFirst} of {rows.Count} were left for the second host.");
            Assert.All(rows, r => Assert.Equal(OutboxStatus.Sent, r.Status));
            Dispatching.AssertEachRowDeliveredOnce(slow, rows);
            var reminders = rows.Where(r => r.Kind == ReminderKinds.Lines).ToList();
            Assert.Equal(reminders.Count, reminders.Select(r => (r.PersonId, r.ScheduleKey, r.PeriodKey)).Distinct().Count());

            // 10 people a unit; each a card per schedule that has lines for their unit, every line of it on the card.
            Assert.Equal(10 * 11, reminders.Count);
            var cards = slow.Deliveries.ToDictionary(d => d.ActivityId, d => d.Call.Card!);
            Assert.All(reminders, r =>
            {
                var lines = ReminderLinesRow.Lines(r);
                var card = cards[r.ActivityId!];
                Assert.Equal(lines.Count == 1 ? 0 : lines.Count, OpenButtons(card).Count);
                Assert.Equal(lines.Count == 1 ? 1 : 0, CardJson.Buttons(card).Count(b => (string?)b["verb"] == ProgressVerbs.Submit));
            });
        }
        finally
        {
            Dispatching.DeleteDirectory(directory);
        }
    }

    /// <summary>The open buttons of a card: one per line it lists.</summary>
    internal static List<JsonObject> OpenButtons(JsonObject card) =>
        CardJson.Buttons(card).Where(b => (string?)b["verb"] == ProgressVerbs.Open).ToList();

    /// <summary>The tasks of the seed plan reported quarterly in 2023 that <paramref name="unit"/> leads, by family and number.</summary>
    internal static List<(string Family, int Number)> QuarterlyTasksLedBy(string unit) => SeedPlan.Tasks
        .Where(t => (string)t["cadence"]! is "Ongoing" or "Periodic" || ((string)t["cadence"]! == "Period" && (int)t["periodFrom"]! <= 2023 && 2023 <= (int)t["periodTo"]!))
        .Where(t => SeedPlan.LeadUnits(t).Contains(unit))
        .Select(t => ((string)t["family"]!, (int)t["number"]!))
        .ToList();

    private static string Chat(Person person) => $"a:personal-{person.TeamsUserId}";

    private static int Occurrences(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    /// <summary>Moves the clock to <paramref name="now"/> and waits until the schedules have fired and the outbox is sent.</summary>
    private async Task<List<OutboxMessage>> FireAsync(DateTimeOffset now, int atLeast = 4)
    {
        app.Clock.SetUtcNow(now);
        await Dispatching.SchedulesFiredAsync(app);
        return await Dispatching.DrainedAsync(app, TimeSpan.FromSeconds(60), atLeast);
    }

    /// <summary>The card the connector received for a row.</summary>
    private JsonObject CardOf(OutboxMessage row) =>
        Assert.Single(connector.Deliveries, d => d.ActivityId == row.ActivityId).Call.Card!;

    private Task<int> UnitIdAsync(string code) => app.WithDbAsync(db => db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    private async Task<List<int>> TaskIdsAsync(List<(string Family, int Number)> keys)
    {
        var tasks = await app.WithDbAsync(db => db.Tasks.AsNoTracking().Select(t => new { t.Id, t.Family, t.Number }).ToListAsync());
        return keys.Select(k => tasks.Single(t => t.Family.ToString().Equals(k.Family, StringComparison.OrdinalIgnoreCase) && t.Number == k.Number).Id).Order().ToList();
    }

    private async Task<(HttpStatusCode Status, JsonObject Body)> InvokeAsync(Person who, JsonObject data)
    {
        var activity = Activities.CardAction(connector.ServiceUrl, (string)data["verb"]!, data.DeepClone().AsObject(), who.TeamsUserId!, who.AadObjectId);
        using var response = await app.PostActivityAsync(activity);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }
}
