using Microsoft.Extensions.DependencyInjection;
using PciBot.Calendar;
using PciBot.Conversations;
using PciBot.Outbox;
using PciBot.Reminders;
using PciBot.Schedules;
using PciBot.Testing;
using PciBot.Tests.Infrastructure;
using PciBot.Tests.Updates;

namespace PciBot.Tests.Reminders;

/// <summary>What the bot sends a person unasked is in the language they last wrote in, not their client's locale.</summary>
public sealed class ReminderLanguageTests
{
    private static readonly DateTimeOffset AtQ4FollowUp = VietnamTime.AtLocal(new DateOnly(2023, 12, 13), new TimeOnly(8, 0));

    [Fact]
    public async Task AReminderFollowsTheLanguageThePersonLastWroteInFromAnEnglishClient()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = PciBotApp.Create(now: ReminderDeliveryTests.BeforeQ4Reminder, settings: Dispatching.Settings(connector));
        var head = await app.WithDbAsync(db => TestPeople.HeadAsync(db, "TTBCXB"));
        await app.WithDbAsync(async db =>
        {
            var chat = TestPeople.PersonalChat(head, connector.ServiceUrl, ReminderDeliveryTests.BeforeQ4Reminder);
            chat.Locale = "en-US";
            db.Conversations.Add(chat);
            return await db.SaveChangesAsync();
        });

        await WriteAsync(app, connector, head, "viec den han quy nay", "msg-1");
        var reminder = await SentAsync(app, connector, "quarterly", ReminderDeliveryTests.AtQ4Reminder, ReminderStage.Reminder);

        await WriteAsync(app, connector, head, "what's due this quarter", "msg-2");
        var followUp = await SentAsync(app, connector, "quarterly", AtQ4FollowUp, ReminderStage.FollowUp);

        Assert.Contains("\"Cập nhật\"", reminder, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Update\"", reminder, StringComparison.Ordinal);
        Assert.Contains("\"Update\"", followUp, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Cập nhật\"", followUp, StringComparison.Ordinal);
    }

    private static async Task WriteAsync(PciBotApp app, FakeConnector connector, PciBot.People.Person person, string text, string id)
    {
        var before = connector.Calls.Count;
        await app.PostActivityAsync(Activities.PersonalMessage(connector.ServiceUrl, text, userId: person.TeamsUserId!, aadObjectId: person.AadObjectId, locale: "en-US", id: id));
        await connector.WaitForCallsAsync(before + 1);
    }

    /// <summary>Queues the schedule's occurrences due at <paramref name="now"/>, waits until they are sent and returns the cards of the stage, as text.</summary>
    private static async Task<string> SentAsync(PciBotApp app, FakeConnector connector, string schedule, DateTimeOffset now, ReminderStage stage)
    {
        await using (var scope = app.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<ReminderPlanner>().QueueDueAsync(schedule, now, CancellationToken.None);
        }

        app.Services.GetRequiredService<DispatchSignal>().Notify();
        var rows = (await Dispatching.DrainedAsync(app, TimeSpan.FromSeconds(30))).Where(r => r.Stage == stage).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(OutboxStatus.Sent, r.Status));
        return string.Join("\n", rows.Select(r => CardJson.Text(connector.Deliveries.Single(d => d.ActivityId == r.ActivityId).Call.Card!)));
    }
}
