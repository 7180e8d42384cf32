using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PciBot.BotFramework.Schema;
using PciBot.Calendar;
using PciBot.Outbox;
using PciBot.People;
using PciBot.Registry;
using PciBot.Reminders;
using PciBot.Schedules;
using PciBot.Testing;
using PciBot.Tests.Infrastructure;
using PciBot.Updates;

namespace PciBot.Tests.Updates;

/// <summary>
/// The host on Monday 20 November 2023, 08:00 in Khánh Hòa, with people registered for the units of PCI 19 (lead:
/// the three divisions, reported monthly) and PCI 1 (lead: VP and the portal centre; coordinating: the two
/// professional divisions, reported quarterly), a fake Teams connector, and ways to press the card's buttons.
/// </summary>
internal sealed class UpdateScenario : IAsyncDisposable
{
    public static readonly DateTimeOffset Monday = VietnamTime.AtLocal(new DateOnly(2023, 11, 20), new TimeOnly(8, 0));

    /// <summary>PCI 19 is reported monthly; on 20 November the open period is the one cut off on 14 December.</summary>
    public const string MonthKey = "2023-M12";

    /// <summary>PCI 1 is reported quarterly.</summary>
    public const string QuarterKey = "2023-Q4";

    private static readonly string[] HeadedUnits = ["TTBCXB", "VP", "CNTTBCVT", "CONG_TTDT"];

    private readonly Dictionary<string, int> units;

    private UpdateScenario(FakeConnector connector, PciBotApp app, Dictionary<string, int> units, Dictionary<string, Person> people, int task19, int task1)
    {
        Connector = connector;
        App = app;
        this.units = units;
        People = people;
        Task19 = task19;
        Task1 = task1;
    }

    public FakeConnector Connector { get; }

    public PciBotApp App { get; }

    /// <summary>"TTBCXB", "VP", "CNTTBCVT", "CONG_TTDT" (heads), "TTBCXB-delegate", "office", "admin".</summary>
    public IReadOnlyDictionary<string, Person> People { get; }

    public int Task19 { get; }

    public int Task1 { get; }

    public Person Head(string unitCode) => People[unitCode];

    /// <summary>Someone Teams knows but the bot has no role for.</summary>
    public static Person Stranger { get; } = new() { AadObjectId = "aad-stranger", TeamsUserId = "29:aad-stranger", Name = "Lê Văn Khách" };

    /// <param name="settings">Settings over the test defaults.</param>
    /// <param name="now">Where the clock starts, Monday 20 November 2023 at 08:00 unless said.</param>
    public static async Task<UpdateScenario> StartAsync(IDictionary<string, string?>? settings = null, DateTimeOffset? now = null)
    {
        var connector = await FakeConnector.StartAsync();
        var app = PciBotApp.Create(now: now ?? Monday, settings: settings);
        var people = new Dictionary<string, Person>(StringComparer.Ordinal);
        await app.WithDbAsync(async db =>
        {
            foreach (var code in HeadedUnits)
            {
                people[code] = await TestPeople.HeadAsync(db, code);
            }

            people["TTBCXB-delegate"] = await TestPeople.HeadAsync(db, "TTBCXB", role: MembershipRole.Delegate);
            people["office"] = await AddAsync(db, new Person { AadObjectId = "aad-office", TeamsUserId = "29:aad-office", Name = "Cán bộ Văn phòng", IsOfficeStaff = true, TenantId = Activities.TenantId });
            people["admin"] = await AddAsync(db, new Person { AadObjectId = "aad-admin", TeamsUserId = "29:aad-admin", Name = "Quản trị viên", IsAdmin = true, TenantId = Activities.TenantId });
            return 0;
        });
        var units = await app.WithDbAsync(db => db.Units.ToDictionaryAsync(u => u.Code, u => u.Id));
        var task19 = await app.WithDbAsync(db => db.Tasks.Where(t => t.Family == IndexFamily.Pci && t.Number == 19).Select(t => t.Id).SingleAsync());
        var task1 = await app.WithDbAsync(db => db.Tasks.Where(t => t.Family == IndexFamily.Pci && t.Number == 1).Select(t => t.Id).SingleAsync());
        return new UpdateScenario(connector, app, units, people, task19, task1);
    }

    public int Unit(string code) => units[code];

    /// <summary>The data a card's button carries.</summary>
    public static JsonObject Data(string verb, int taskId, int unitId, string periodKey, string cardId = "c0ffee01", string? snooze = null)
    {
        var data = new JsonObject
        {
            ["verb"] = verb,
            ["taskId"] = taskId,
            ["unitId"] = unitId,
            ["periodKey"] = periodKey,
            ["cardId"] = cardId,
        };
        if (snooze is not null)
        {
            data["snooze"] = snooze;
        }

        return data;
    }

    /// <summary>The data of the submit button on the TTBCXB line of PCI 19, merged with what was entered, as Teams sends it.</summary>
    public JsonObject Submit19(string unitCode = "TTBCXB", string status = "InProgress", string percent = "60", string result = "Đã đăng 12 tin bài", string obstacles = "", string evidence = "https://stttt.khanhhoa.gov.vn/tin-bai", string cardId = "c0ffee01") =>
        Entered(Data(ProgressVerbs.Submit, Task19, Unit(unitCode), MonthKey, cardId), status, percent, result, obstacles, evidence);

    public static JsonObject Entered(JsonObject data, string status, string percent, string result, string obstacles, string evidence)
    {
        data[ProgressFields.Status] = status;
        data[ProgressFields.Percent] = percent;
        data[ProgressFields.Result] = result;
        data[ProgressFields.Obstacles] = obstacles;
        data[ProgressFields.Evidence] = evidence;
        return data;
    }

    public async Task<(HttpStatusCode Status, JsonObject Body)> InvokeAsync(
        Person who, JsonObject data, string locale = "vi-VN", string conversationType = "personal", string replyToId = "card-1", string trigger = "manual")
    {
        var verb = (string)data["verb"]!;
        var activity = Activities.CardAction(Connector.ServiceUrl, verb, data.DeepClone().AsObject(), who.TeamsUserId!, who.AadObjectId, replyToId, locale, trigger, conversationType, userName: who.Name);
        using var response = await App.PostActivityAsync(activity);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonNode.Parse(text)!.AsObject());
    }

    /// <summary>Says <paramref name="text"/> in <paramref name="who"/>'s personal chat and waits for the bot's reply to it.</summary>
    public async Task<RecordedCall> AskAsync(Person who, string text, string locale = "vi-VN")
    {
        var id = $"ask-{Guid.NewGuid():N}";
        var before = Connector.Calls.Count;
        await App.PostActivityAsync(Activities.PersonalMessage(Connector.ServiceUrl, text, who.TeamsUserId!, who.AadObjectId, locale, id: id));

        return await CallAfterAsync(before, c => c.Path.EndsWith($"/activities/{id}", StringComparison.Ordinal));
    }

    /// <summary>The first call after the first <paramref name="before"/> that matches, waiting for it.</summary>
    public Task<RecordedCall> CallAfterAsync(int before, Func<RecordedCall, bool> match) => Connector.WaitForCallAfterAsync(before, match);

    /// <summary>The card in an invoke answer, after checking it is one.</summary>
    public static JsonObject CardOf(JsonObject body)
    {
        Assert.Equal(200, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        return body["value"]!.AsObject();
    }

    /// <summary>Queues a reminder for the unit's head in the outbox, as the planner would, and renders it as it would be sent.</summary>
    public async Task<(OutboxMessage Row, JsonObject Card)> ReminderAsync(string unitCode, ReminderStage stage, string locale = "vi-VN")
    {
        var head = Head(unitCode);
        var row = new OutboxMessage
        {
            Kind = stage == ReminderStage.Snooze ? Snoozes.Kind : ReminderKinds.Reminder,
            ScheduleKey = stage == ReminderStage.Snooze ? Snoozes.ScheduleKey : "monthly",
            PeriodKey = $"{MonthKey}/{stage}/{locale}",
            RecipientKind = RecipientKind.Person,
            RecipientKey = $"person:{head.Id}",
            PersonId = head.Id,
            Subject = $"task:{Task19}/unit:{Unit(unitCode)}",
            Stage = stage,
            TaskId = Task19,
            UnitId = Unit(unitCode),
            ReportPeriodKey = MonthKey,
            CutOff = new DateOnly(2023, 12, 14),
            Status = OutboxStatus.Pending,
            CreatedAt = Monday,
            NextAttemptAt = Monday.AddYears(1),
        };
        await App.WithDbAsync(db =>
        {
            db.Outbox.Add(row);
            return db.SaveChangesAsync();
        });
        return (row, await RenderAsync(row, locale));
    }

    /// <summary>An outbox row as the dispatcher would send it.</summary>
    public Task<JsonObject> RenderAsync(OutboxMessage row, string locale = "vi-VN") => RenderAsync(row, locale, new OutboxRound());

    /// <summary>An outbox row as one dispatch round renders it, sharing <paramref name="round"/> with the round's other rows.</summary>
    public async Task<JsonObject> RenderAsync(OutboxMessage row, string locale, OutboxRound round)
    {
        await using var scope = App.Scope();
        var activity = await scope.ServiceProvider.GetRequiredService<OutboxRenderers>().RenderAsync(row, locale, round, CancellationToken.None);
        return JsonSerializer.SerializeToNode(activity.Attachments![0].Content, BotJson.Options)!.AsObject();
    }

    public Task<List<ProgressUpdate>> UpdatesAsync() =>
        App.WithDbAsync(db => db.ProgressUpdates.AsNoTracking().OrderBy(u => u.Id).ToListAsync());

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Connector.DisposeAsync();
    }

    private static async Task<Person> AddAsync(PciBot.Data.PciBotDbContext db, Person person)
    {
        db.People.Add(person);
        await db.SaveChangesAsync();
        return person;
    }
}
