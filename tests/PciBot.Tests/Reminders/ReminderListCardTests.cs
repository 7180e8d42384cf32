using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PciBot.Audience;
using PciBot.BotFramework.Schema;
using PciBot.Calendar;
using PciBot.Outbox;
using PciBot.People;
using PciBot.Registry;
using PciBot.Reminders;
using PciBot.Schedules;
using PciBot.Testing;
using PciBot.Tests.Infrastructure;
using PciBot.Tests.Updates;
using PciBot.Updates;

namespace PciBot.Tests.Reminders;

/// <summary>
/// The card of a reminder about several lines stays within Teams' card limit for the largest unit, and for someone who
/// answers for every unit, in both languages; it is a valid Adaptive Card 1.5 in each of its forms.
/// </summary>
public sealed class ReminderListCardTests(CardValidator validator) : IClassFixture<CardValidator>, IAsyncLifetime
{
    private static readonly DateTimeOffset AtQ4FollowUp = VietnamTime.AtLocal(new DateOnly(2023, 12, 13), new TimeOnly(8, 0));

    private FakeConnector connector = null!;
    private PciBotApp app = null!;
    private Person vpHead = null!;
    private Person everyUnit = null!;
    private List<string> internalUnits = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        app = PciBotApp.Create(now: ReminderDeliveryTests.BeforeQ4Reminder, settings: Dispatching.Settings(connector));
        await app.WithDbAsync(async db =>
        {
            vpHead = await TestPeople.HeadAsync(db, "VP");
            var units = await db.Units.Where(u => u.Internal && u.Kind == UnitKind.Unit).OrderBy(u => u.Code).ToListAsync();
            internalUnits = units.Select(u => u.Code).ToList();
            everyUnit = new Person
            {
                AadObjectId = "aad-every-unit",
                TeamsUserId = "29:aad-every-unit",
                Name = "Người phụ trách mọi đơn vị",
                TenantId = Activities.TenantId,
                Memberships = units.Select(u => new UnitMembership { Unit = u, Role = MembershipRole.Delegate }).ToList(),
            };
            db.People.Add(everyUnit);
            return await db.SaveChangesAsync();
        });
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task TheLargestUnitsRemindersStayUnderTheLimitAndSayHowManyMoreThereAre()
    {
        var reminders = await QueueAsync(ReminderDeliveryTests.AtQ4Reminder);

        var largest = internalUnits.Max(u => ReminderGroupingTests.QuarterlyTasksLedBy(u).Count);
        Assert.Equal(largest, ReminderGroupingTests.QuarterlyTasksLedBy("VP").Count);
        foreach (var (person, total) in new[] { (vpHead, largest), (everyUnit, internalUnits.Sum(u => ReminderGroupingTests.QuarterlyTasksLedBy(u).Count)) })
        {
            var row = reminders.Single(r => r.PersonId == person.Id);
            Assert.Equal(total, ReminderLinesRow.Lines(row).Count);
            foreach (var locale in new[] { "vi-VN", "en-US" })
            {
                var card = await RenderAsync(row, locale);
                var size = CardJson.Utf16Bytes(card);
                Assert.True(size <= ReminderListCard.SizeBudget, $"{person.Name} ({locale}): {size} bytes");
                var shown = ReminderGroupingTests.OpenButtons(card).Count;
                var hidden = total - shown;
                var texts = CardJson.Descendants(card).Where(o => (string?)o["type"] == "TextBlock").Select(o => (string)o["text"]!).ToList();
                var more = locale == "vi-VN" ? $"… và {hidden} nhiệm vụ khác. Gõ \"việc của tôi\" để xem tất cả." : $"… and {hidden} more tasks. Type \"my tasks\" to see them all.";
                Assert.Equal(hidden == 0 ? 0 : 1, texts.Count(t => t == more));
                Assert.DoesNotContain(texts, t => t != more && t.StartsWith('…'));
            }
        }

        // Someone who answers for every unit has far more lines than fit: the card shows as many as it can.
        var all = await RenderAsync(reminders.Single(r => r.PersonId == everyUnit.Id), "vi-VN");
        Assert.InRange(CardJson.Utf16Bytes(all), ReminderListCard.SizeBudget * 3 / 4, ReminderListCard.SizeBudget);
        Assert.Contains(CardJson.Descendants(all), o => (string?)o["type"] == "TextBlock" && (string?)o["text"] == "Văn phòng Sở" && (string?)o["weight"] == "bolder");
    }

    [Fact]
    public async Task EveryFormOfTheListIsAValidAdaptiveCard15()
    {
        var reminders = await QueueAsync(ReminderDeliveryTests.AtQ4Reminder);
        var followUps = (await QueueAsync(AtQ4FollowUp)).Where(r => r.PeriodKey.EndsWith("/follow-up", StringComparison.Ordinal)).ToList();
        var units = await app.WithDbAsync(db => db.Units.Where(u => u.Code == "VP" || u.Code == "CNTTBCVT").ToDictionaryAsync(u => u.Code, u => u.Id));
        var task19 = await app.WithDbAsync(db => db.Tasks.Where(t => t.Family == IndexFamily.Pci && t.Number == 19).Select(t => t.Id).SingleAsync());
        var task1 = await app.WithDbAsync(db => db.Tasks.Where(t => t.Family == IndexFamily.Pci && t.Number == 1).Select(t => t.Id).SingleAsync());
        var snoozed = ReminderLinesRow.Create(Snoozes.LinesKind, Snoozes.ScheduleKey, "@202312120800", vpHead.Id, ReminderStage.Snooze, [
            new ReminderLine(task19, units["VP"], "2023-M12", new DateOnly(2023, 12, 14)),
            new ReminderLine(task1, units["VP"], "2023-Q4", new DateOnly(2023, 12, 14)),
            new ReminderLine(task1, units["CNTTBCVT"], "2023-Q4", new DateOnly(2023, 12, 14)),
        ]);

        var cards = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var (language, locale) in new[] { ("vi", "vi-VN"), ("en", "en-US") })
        {
            cards[$"list-largest-unit-{language}"] = await RenderAsync(reminders.Single(r => r.PersonId == vpHead.Id), locale);
            cards[$"list-every-unit-{language}"] = await RenderAsync(reminders.Single(r => r.PersonId == everyUnit.Id), locale);
            cards[$"follow-up-list-{language}"] = await RenderAsync(followUps.Single(r => r.PersonId == vpHead.Id), locale);
            cards[$"snoozed-list-{language}"] = await RenderAsync(snoozed, locale);
        }

        var run = await validator.ValidateAsync(cards);

        Assert.True(run.ExitCode == 0, run.Printed);
        Assert.Equal(cards.Count, run.Output.Split('\n').Count(l => l.StartsWith("valid: ", StringComparison.Ordinal)));
        Assert.Contains("Nhắc lại theo yêu cầu", CardJson.Text(cards["snoozed-list-vi"]), StringComparison.Ordinal);
        Assert.Contains("Bạn đã hẹn PciBot nhắc lại 3 nhiệm vụ dưới đây.", CardJson.Text(cards["snoozed-list-vi"]), StringComparison.Ordinal);
        Assert.Contains("· phối hợp", CardJson.Text(cards["snoozed-list-vi"]), StringComparison.Ordinal);
        Assert.Contains("Please report on the 13 tasks below for Văn phòng Sở by 14/12/2023.", CardJson.Text(cards["list-largest-unit-en"]), StringComparison.Ordinal);
        Assert.All(cards.Where(c => c.Key.EndsWith("-en", StringComparison.Ordinal)), c => Assert.Equal("en", (string?)c.Value["lang"]));
    }

    /// <summary>Queues the quarterly schedule's occurrence due at <paramref name="now"/> and returns its task reminders.</summary>
    private async Task<List<OutboxMessage>> QueueAsync(DateTimeOffset now)
    {
        await using (var scope = app.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<ReminderPlanner>().QueueDueAsync("quarterly", now, CancellationToken.None);
        }

        return await app.WithDbAsync(db => db.Outbox.AsNoTracking().Where(r => r.Kind == ReminderKinds.Lines).ToListAsync());
    }

    private async Task<JsonObject> RenderAsync(OutboxMessage row, string locale)
    {
        await using var scope = app.Scope();
        var activity = await scope.ServiceProvider.GetRequiredService<OutboxRenderers>().RenderAsync(row, locale, new OutboxRound(), CancellationToken.None);
        return JsonSerializer.SerializeToNode(activity.Attachments![0].Content, BotJson.Options)!.AsObject();
    }
}
