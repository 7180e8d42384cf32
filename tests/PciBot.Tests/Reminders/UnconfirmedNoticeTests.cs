using Microsoft.Extensions.DependencyInjection;
using PciBot.Audience;
using PciBot.Outbox;
using PciBot.Reminders;
using PciBot.Testing;
using PciBot.Tests.Infrastructure;

namespace PciBot.Tests.Reminders;

/// <summary>A reminder that may not have arrived is not posted again, and the Office hears of it, once per person and reminder.</summary>
public sealed class UnconfirmedNoticeTests
{
    [Fact]
    public async Task RemindersWhosePostsGetNoAnswerAreReportedToTheOfficeOnce()
    {
        await using var connector = await FakeConnector.StartAsync(new FakeConnectorOptions { FaultRate = 1, Faults = FakeFaults.Timeout, TimeoutHold = TimeSpan.FromSeconds(10) });
        await using var app = PciBotApp.Create(now: ReminderDeliveryTests.BeforeQ4Reminder, settings: Dispatching.Settings(connector, more: new Dictionary<string, string?>
        {
            ["Bot:Connector:AttemptTimeout"] = "00:00:00.300",
        }));
        var person = (await app.WithDbAsync(db => TestPeople.ManyAsync(db, 1, ["CNTTBCVT"], connector.ServiceUrl, ReminderDeliveryTests.BeforeQ4Reminder))).Single();
        var office = await Dispatching.OfficeChannelAsync(app, connector);

        await using (var scope = app.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<ReminderPlanner>().QueueDueAsync("quarterly", ReminderDeliveryTests.AtQ4Reminder, CancellationToken.None);
        }

        var rows = await Dispatching.DrainedAsync(app, TimeSpan.FromSeconds(60), atLeast: 2);

        // The person's one card for the quarter's reminder, all eleven lines on it.
        var reminder = Assert.Single(rows, r => r.PersonId == person.Id);
        Assert.Equal(OutboxStatus.Unconfirmed, reminder.Status);

        // One notice for the person and this reminder; the notice's own post got no answer either, and that is not
        // reported again.
        var notice = Assert.Single(rows, r => r.ScheduleKey == OfficeNotices.ScheduleKey && r.Subject.StartsWith(OfficeNotices.Unconfirmed, StringComparison.Ordinal));
        Assert.Equal($"{OfficeNotices.Unconfirmed}:{person.Id}", notice.Subject);
        Assert.Equal($"{OfficeNotices.Unconfirmed}/2023-Q4/reminder", notice.PeriodKey);
        var card = Assert.Single(connector.DeliveriesTo(office.ConversationId), d => d.Call.CardText.Contains("Nhắc việc có thể chưa đến", StringComparison.Ordinal)).Call.CardText;
        Assert.Contains(person.Name, card, StringComparison.Ordinal);
        Assert.Contains("Quý IV/2023", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARowLeftMidPostByAStoppedDispatcherIsReportedToTheOffice()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = PciBotApp.Create(now: ReminderDeliveryTests.BeforeQ4Reminder, settings: Dispatching.Settings(connector));
        var person = (await app.WithDbAsync(db => TestPeople.ManyAsync(db, 1, ["BBT_TRANG_TTDT"], connector.ServiceUrl, ReminderDeliveryTests.BeforeQ4Reminder))).Single();
        var office = await Dispatching.OfficeChannelAsync(app, connector);
        var chat = await Dispatching.LeftMidPostAsync(app, person);

        var rows = await Dispatching.DrainedAsync(app, TimeSpan.FromSeconds(30), atLeast: 2);

        Assert.Equal(OutboxStatus.Unconfirmed, Assert.Single(rows, r => r.PersonId == person.Id).Status);
        Assert.Equal(0, connector.CallsTo(chat));
        var notice = Assert.Single(rows, r => r.ScheduleKey == OfficeNotices.ScheduleKey);
        Assert.Equal(OutboxStatus.Sent, notice.Status);
        var card = Assert.Single(connector.DeliveriesTo(office.ConversationId)).Call.CardText;
        Assert.Contains(person.Name, card, StringComparison.Ordinal);
        Assert.Contains("interrupted while posting", card, StringComparison.Ordinal);
    }
}
