using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PciBot.BotFramework.Cards;
using PciBot.Calendar;
using PciBot.Data;
using PciBot.Kit.Cards;
using PciBot.Localization;
using PciBot.Outbox;
using PciBot.People;
using PciBot.Registry;

namespace PciBot.Updates;

/// <summary>
/// The notice the Office receives when a unit asks for a later deadline: the request with the Office's buttons, drawn as
/// it stands when it is sent (<see cref="ExtensionRequestCard"/>).
/// </summary>
internal sealed class ExtensionNoticeCard(PciBotDbContext db, ExtensionRequestViews views) : IOutboxRenderer
{
    public async Task<AdaptiveCard> RenderAsync(OutboxMessage message, BotTexts texts, OutboxRound round, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(texts);
        var notice = JsonSerializer.Deserialize<ExtensionNotice>(message.Payload ?? "null")
            ?? throw new InvalidOperationException($"Outbox message {message.Id} carries no request for more time.");
        if (notice.RequestId is { } requestId && await views.LoadAsync(requestId, ct) is { } view)
        {
            return ExtensionRequestCard.Build(view, texts);
        }

        var task = await db.Tasks.AsNoTracking().Include(t => t.Plan).SingleAsync(t => t.Id == notice.TaskId, ct);
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == notice.UnitId).Select(u => u.Name).SingleAsync(ct);
        var person = await db.People.AsNoTracking().Where(p => p.Id == notice.PersonId).Select(p => p.Name).SingleAsync(ct);
        var title = texts.Updates.ExtensionTitle(task.Key);
        return new AdaptiveCard
        {
            Lang = texts.Language,
            FallbackText = title,
            Body =
            [
                new TextBlock { Text = title, Weight = TextWeight.Bolder, Size = TextSize.Large, Color = TextColor.Accent, Wrap = true },
                new TextBlock { Text = texts.Updates.ExtensionIntro(person, unit, notice.Until, notice.CutOff), Wrap = true },
                new FactSet
                {
                    Facts =
                    [
                        new Fact(texts.Registry.Task, $"{task.Key} · {CardFormat.Short(task.Text)}"),
                        new Fact(texts.Registry.Reporting, texts.Calendar.PeriodText(notice.PeriodKey)),
                        new Fact(texts.Updates.ExtensionDate, BotTexts.Date(notice.Until)),
                        new Fact(texts.Updates.ExtensionReason, notice.Reason),
                    ],
                },
            ],
        };
    }
}
