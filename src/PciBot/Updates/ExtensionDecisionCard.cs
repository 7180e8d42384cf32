using System.Text.Json;
using PciBot.BotFramework.Cards;
using PciBot.Calendar;
using PciBot.Kit.Cards;
using PciBot.Localization;
using PciBot.Outbox;
using PciBot.Registry;

namespace PciBot.Updates;

/// <summary>What the person who asked for more time is told once the Office has decided.</summary>
internal sealed class ExtensionDecisionCard(ExtensionRequestViews views) : IOutboxRenderer
{
    public async Task<AdaptiveCard> RenderAsync(OutboxMessage message, BotTexts texts, OutboxRound round, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(texts);
        var notice = JsonSerializer.Deserialize<ExtensionDecisionNotice>(message.Payload ?? "null")
            ?? throw new InvalidOperationException($"Outbox message {message.Id} carries no decision on a request for more time.");
        var view = await views.LoadAsync(notice.RequestId, ct)
            ?? throw new InvalidOperationException($"Outbox message {message.Id} names request {notice.RequestId}, which does not exist.");
        var request = view.Request;
        var decider = view.DeciderName ?? "?";
        var (title, color, intro) = request is { Status: ExtensionStatus.Approved, GrantedUntil: { } until }
            ? (texts.Updates.ExtensionApprovedTitle(view.Task.Key), TextColor.Good, texts.Updates.ExtensionApprovedIntro(decider, view.UnitName, until, request.CutOff))
            : (texts.Updates.ExtensionDeclinedTitle(view.Task.Key), TextColor.Attention, texts.Updates.ExtensionDeclinedIntro(decider, request.Until, view.Line?.CutOff ?? request.CutOff));
        var facts = new List<Fact>
        {
            new(texts.Registry.Task, $"{view.Task.Key} · {CardFormat.Short(view.Task.Text)}"),
            new(texts.Registry.Reporting, texts.Calendar.PeriodText(request.PeriodKey)),
            new(texts.Updates.ExtensionReason, request.Reason),
        };
        if (request.Status == ExtensionStatus.Declined)
        {
            facts.Add(new Fact(texts.Updates.DeclineReason, request.DeclineReason ?? ""));
        }

        return new AdaptiveCard
        {
            Lang = texts.Language,
            FallbackText = title,
            Body =
            [
                new TextBlock { Text = title, Weight = TextWeight.Bolder, Size = TextSize.Large, Color = color, Wrap = true },
                new TextBlock { Text = intro, Wrap = true },
                new FactSet { Facts = facts },
            ],
        };
    }
}
