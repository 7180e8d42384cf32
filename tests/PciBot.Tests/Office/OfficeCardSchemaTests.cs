using System.Text.Json;
using System.Text.Json.Nodes;
using PciBot.BotFramework.Schema;
using PciBot.Calendar;
using PciBot.Exports;
using PciBot.Localization;
using PciBot.Outbox;
using PciBot.Reminders;
using PciBot.Schedules;
using PciBot.Tests.Infrastructure;
using PciBot.Tests.Updates;

namespace PciBot.Tests.Office;

public sealed class OfficeCardSchemaTests(CardValidator validator) : IClassFixture<CardValidator>, IAsyncLifetime
{
    /// <summary>Teams refuses bot messages over about 100 KB (UTF-16).</summary>
    private const int SizeLimit = 100 * 1024;

    private OfficeScenario scenario = null!;

    public async Task InitializeAsync() => scenario = await OfficeScenario.StartAsync();

    public async Task DisposeAsync() => await scenario.DisposeAsync();

    private async Task<OutboxMessage> NoticeAsync(string subject, string reportPeriodKey, DateOnly cutOff, string recipient)
    {
        var person = recipient == "channel" ? null : scenario.Updates.People[recipient];
        var row = new OutboxMessage
        {
            Kind = ReminderKinds.NoticeOf(Enum.Parse<ScheduleKind>(subject)),
            ScheduleKey = subject.ToLowerInvariant(),
            PeriodKey = $"{reportPeriodKey}/{subject}/{recipient}/{Guid.NewGuid():N}",
            RecipientKind = person is null ? RecipientKind.Conversation : RecipientKind.Person,
            RecipientKey = person is null ? "conversation:1" : $"person:{person.Id}",
            PersonId = person?.Id,
            Subject = subject,
            Stage = ReminderStage.OfficeNotice,
            ReportPeriodKey = reportPeriodKey,
            CutOff = cutOff,
            Status = OutboxStatus.Sent,
            CreatedAt = scenario.App.Clock.GetUtcNow(),
            NextAttemptAt = scenario.App.Clock.GetUtcNow(),
        };
        await scenario.App.WithDbAsync(db =>
        {
            db.Outbox.Add(row);
            return db.SaveChangesAsync();
        });
        return row;
    }

    [Fact]
    public async Task DigestRollupYearEndAndLinkCardsAreValidAdaptiveCardsWithinTeamsSize()
    {
        scenario.App.Clock.SetUtcNow(VietnamTime.AtLocal(new DateOnly(2023, 12, 15), new TimeOnly(8, 0)));
        var cards = new Dictionary<string, JsonObject>();
        foreach (var locale in new[] { "vi-VN", "en-US" })
        {
            var lang = locale[..2];
            cards[$"digest-{lang}"] = await scenario.Updates.RenderAsync(await NoticeAsync("Digest", "2023-Q4", new DateOnly(2023, 12, 14), "office"), locale);
            cards[$"rollup-office-{lang}"] = await scenario.Updates.RenderAsync(await NoticeAsync("OfficeRollup", "2023-Q4", new DateOnly(2023, 12, 14), "office"), locale);
            cards[$"rollup-channel-{lang}"] = await scenario.Updates.RenderAsync(await NoticeAsync("OfficeRollup", "2023-Q4", new DateOnly(2023, 12, 14), "channel"), locale);
            cards[$"year-end-{lang}"] = await scenario.Updates.RenderAsync(await NoticeAsync("YearEnd", "D2023-12-31", new DateOnly(2023, 12, 31), "admin"), locale);
            var links = (ExportLinks)scenario.App.Services.GetService(typeof(ExportLinks))!;
            cards[$"links-{lang}"] = JsonSerializer.SerializeToNode(ExportLinksCard.Build(links, "year-2023", scenario.Updates.People["office"], BotTexts.For(locale)), BotJson.Options)!.AsObject();
        }

        var run = await validator.ValidateAsync(cards);

        Assert.True(run.ExitCode == 0, run.Printed);
        Assert.All(cards, card => Assert.True(CardJson.Utf16Bytes(card.Value) < SizeLimit, $"{card.Key}: {CardJson.Utf16Bytes(card.Value)} bytes"));
        Assert.NotNull(cards["digest-vi"]["msteams"]!["entities"]);
        Assert.All(cards["rollup-office-vi"]["actions"]!.AsArray(), a => Assert.Equal("Action.OpenUrl", (string?)a!["type"]));
        Assert.All(cards["rollup-channel-vi"]["actions"]!.AsArray(), a => Assert.Equal("Action.Submit", (string?)a!["type"]));
        Assert.Contains("/exports/year-2023.docx?by=", (string?)cards["year-end-vi"]["actions"]![0]!["url"], StringComparison.Ordinal);
        Assert.Equal("Báo cáo kết quả năm 2023", (string?)cards["year-end-vi"]["body"]![0]!["text"]);
        Assert.Equal("Tổng hợp kết quả Quý IV/2023", (string?)cards["rollup-office-vi"]["body"]![0]!["text"]);
    }
}
