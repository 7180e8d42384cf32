using PciBot.BotFramework.Cards;
using PciBot.Calendar;
using PciBot.Localization;
using PciBot.Outbox;
using PciBot.Registry;
using PciBot.Schedules;
using PciBot.Updates;

namespace PciBot.Reminders;

/// <summary>
/// Renders a task reminder from the registry as it is at send time: the update card itself, so the recipient can
/// answer on it. Snoozed and nudged reminders are drawn the same way, told apart by their stage.
/// </summary>
internal sealed class TaskReminderRenderer(ReportLines lines, ProgressCards progressCards) : IOutboxRenderer
{
    public async Task<AdaptiveCard> RenderAsync(OutboxMessage message, BotTexts texts, OutboxRound round, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(round);
        var cards = round.Get<ReminderCardCache>();
        var cutOff = message.CutOff ?? DateOnly.MinValue;
        var (taskId, unitId, periodKey) = (message.TaskId!.Value, message.UnitId!.Value, message.ReportPeriodKey ?? "");
        var shared = await cards.GetAsync(taskId, unitId, periodKey, cutOff, async () =>
        {
            var found = await lines.ForReminderAsync(taskId, unitId, periodKey, cutOff, ct);
            return await progressCards.ModelAsync(found, "", ct);
        });
        var line = shared.Line;
        var unit = line.Unit.Name;
        var period = texts.Calendar.PeriodText(message.ReportPeriodKey);
        // The line's cut-off as it is now, not as queued: the Office may have granted more time since.
        var (title, intro) = message.Stage switch
        {
            ReminderStage.FollowUp => (texts.Reminders.FollowUpTitle(period), texts.Reminders.FollowUpIntro(unit, line.CutOff)),
            ReminderStage.Snooze => (texts.Reminders.SnoozedTitle, texts.Reminders.ReminderIntro(unit, line.CutOff)),
            _ => (texts.Reminders.ReminderTitle(period), texts.Reminders.ReminderIntro(unit, line.CutOff)),
        };

        // The card id is the outbox row: redrawing the card (a refresh) keeps it, so a double click stays one click.
        var card = ProgressCard.Form(
            shared with { CardId = ProgressCards.ReminderCardId(message.Id), Title = title, Intro = intro, TitleColor = message.Stage == ReminderStage.FollowUp ? TextColor.Attention : TextColor.Accent },
            texts);
        card.FallbackText = $"{title}: {texts.Registry.TaskLabel(line.Task.Key)}";
        return card;
    }
}
