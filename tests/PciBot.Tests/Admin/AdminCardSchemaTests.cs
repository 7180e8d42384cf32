using System.Text.Json.Nodes;
using PciBot.Calendar;
using PciBot.Testing;
using PciBot.Tests.Infrastructure;

namespace PciBot.Tests.Admin;

/// <summary>The admin cards, as an admin gets them in the chat and on their buttons, checked like every other card.</summary>
public sealed class AdminCardSchemaTests(CardValidator validator) : IClassFixture<CardValidator>
{
    private static readonly DateTimeOffset Now = VietnamTime.AtLocal(new DateOnly(2023, 11, 20), new TimeOnly(9, 0));

    [Fact]
    public async Task SchedulesHolidaysAndAuditCardsAreValidAndEveryButtonCanBePressedInTheLocalClient()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = PciBotApp.Create(now: Now, settings: AdminScenario.Settings);
        var cards = new Dictionary<string, JsonObject>();
        foreach (var (locale, lang) in new[] { ("vi-VN", "vi"), ("en-US", "en") })
        {
            foreach (var (name, command) in new[] { ("schedules", "lịch nhắc"), ("edit", "sửa lịch nhắc monthly"), ("holidays", "ngày nghỉ 2024"), ("audit", "nhật ký") })
            {
                var before = connector.Calls.Count;
                await app.PostActivityAsync(AdminScenario.Message(connector, command, id: $"{name}-{lang}", locale: locale));
                var reply = (await connector.WaitForCallsAsync(before + 1)).Last(c => c.Method == "POST").Body!;
                var card = reply["attachments"]?.AsArray().Select(a => a!["content"]).OfType<JsonObject>().FirstOrDefault();
                Assert.True(card is not null, $"\"{command}\" answered no card: {AdminScenario.Readable(reply)}");
                cards[$"{name}-{lang}"] = card;
            }

            cards[$"edit-pressed-{lang}"] = await AdminScenario.InvokeAsync(app, connector, new JsonObject { ["verb"] = "admin.schedule.edit", ["target"] = "monthly" });
        }

        var run = await validator.ValidateAsync(cards);

        Assert.True(run.ExitCode == 0, run.Printed);
        Assert.Contains("\"target\":\"monthly\"", cards["schedules-vi"].ToJsonString(), StringComparison.Ordinal);
    }
}
