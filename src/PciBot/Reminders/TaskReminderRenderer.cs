using PciBot.Audience;
using PciBot.BotFramework.Cards;
using PciBot.Calendar;
using PciBot.Data;
using PciBot.Localization;
using PciBot.Outbox;
using PciBot.Registry;
using PciBot.Schedules;
using PciBot.Status;
using PciBot.Updates;

namespace PciBot.Reminders;

/// <summary>
/// Renders a task reminder from the registry as it is at send time. About one line, it is the update card itself, so
/// the recipient can answer on it; about several, it lists them (<see cref="ReminderListCard"/>), each opening its own
/// update card. Snoozed and nudged reminders are drawn the same way, told apart by their stage.
/// </summary>
internal sealed class TaskReminderRenderer(ReportLines lines, ProgressCards progressCards, LatestReports reports, PciBotDbContext db, TimeProvider time) : IOutboxRenderer
{
    public async Task<AdaptiveCard> RenderAsync(OutboxMessage message, BotTexts texts, OutboxRound round, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(round);
        var wanted = ReminderLinesRow.Lines(message);
        return wanted.Count switch
        {
            0 => throw new InvalidOperationException($"Outbox row {message.Id} of kind '{message.Kind}' names no line."),
            1 => await OneAsync(message, wanted[0], texts, round, ct),
            _ => await SeveralAsync(message, wanted, texts, ct),
        };
    }

    private async Task<AdaptiveCard> OneAsync(OutboxMessage message, ReminderLine wanted, BotTexts texts, OutboxRound round, CancellationToken ct)
    {
        var cards = round.Get<ReminderCardCache>();
        var (taskId, unitId, periodKey, cutOff) = wanted;
        var shared = await cards.GetAsync(taskId, unitId, periodKey, cutOff, async () =>
        {
            var found = await lines.ForReminderAsync(taskId, unitId, periodKey, cutOff, ct);
            return await progressCards.ModelAsync(found, "", ct);
        });
        var line = shared.Line;
        var unit = line.Unit.Name;
        var period = texts.Calendar.PeriodText(periodKey);

        // The line's cut-off as it is now, not as queued: the Office may have granted more time since.
        var (title, intro) = message.Stage switch
        {
            ReminderStage.FollowUp => (texts.Reminders.FollowUpTitle(period), texts.Reminders.FollowUpIntro(unit, line.CutOff)),
            ReminderStage.Snooze => (texts.Reminders.SnoozedTitle, texts.Reminders.ReminderIntro(unit, line.CutOff)),
            _ => (texts.Reminders.ReminderTitle(period), texts.Reminders.ReminderIntro(unit, line.CutOff)),
        };

        // The card id is the outbox row: redrawing the card (a refresh) keeps it, so a double click stays one click.
        var card = ProgressCard.Form(
            shared with { CardId = ProgressCards.ReminderCardId(message.Id), Title = title, Intro = intro, TitleColor = ColorOf(message.Stage) },
            texts);
        card.FallbackText = $"{title}: {texts.Registry.TaskLabel(line.Task.Key)}";
        return card;
    }

    private async Task<AdaptiveCard> SeveralAsync(OutboxMessage message, IReadOnlyList<ReminderLine> wanted, BotTexts texts, CancellationToken ct)
    {
        var found = await lines.ForRemindersAsync(wanted, ct);
        var latest = await reports.CurrentAsync(db, ct);
        var today = VietnamTime.Today(time);
        var unitOrder = found.Select(l => l.Unit.Id).Distinct().ToList();
        var items = found
            .Select(line => new ReminderListItem(line, StatusRules.Evaluate(
                today, StatusRules.Slot(line.Task, line.CutOff).Opens, line.CutOff, latest.GetValueOrDefault(new LineKey(line.Task.Id, line.Unit.Id, line.PeriodKey)))))
            .OrderBy(i => unitOrder.IndexOf(i.Line.Unit.Id))
            .ThenBy(i => i.Line.Task.Key.Family)
            .ThenBy(i => i.Line.Task.Key.Number)
            .ThenBy(i => i.Line.CutOff)
            .ToList();
        var units = string.Join(", ", items.Select(i => i.Line.Unit.Name).Distinct(StringComparer.Ordinal));

        // The lines' cut-offs as they are now, as for one line: the earliest of them.
        var cutOff = items.Count > 0 ? items.Min(i => i.Line.CutOff) : message.CutOff ?? DateOnly.MinValue;
        var period = texts.Calendar.PeriodText(message.ReportPeriodKey);
        var (title, intro) = message.Stage switch
        {
            ReminderStage.FollowUp => (texts.Reminders.FollowUpTitle(period), texts.Reminders.FollowUpListIntro(units, items.Count, cutOff)),
            ReminderStage.Snooze => (texts.Reminders.SnoozedTitle, texts.Reminders.SnoozedListIntro(items.Count)),
            _ => (texts.Reminders.ReminderTitle(period), texts.Reminders.ListIntro(units, items.Count, cutOff)),
        };
        return ReminderListCard.Build(new ReminderListModel(title, ColorOf(message.Stage), intro, items), texts);
    }

    private static TextColor ColorOf(ReminderStage stage) => stage == ReminderStage.FollowUp ? TextColor.Attention : TextColor.Accent;
}
