using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PciBot.BotFramework.Cards;
using PciBot.BotFramework.Schema;
using PciBot.Calendar;
using PciBot.Data;
using PciBot.Digests;
using PciBot.Localization;
using PciBot.Outbox;
using PciBot.Registry;
using PciBot.Updates;

namespace PciBot.Reminders;

/// <summary>
/// Renders an outbox message as the card its recipient sees, from the registry as it is at send time. A task
/// reminder is the update card itself, so the recipient can answer on it.
/// </summary>
internal sealed class ReminderMessages(PciBotDbContext db, ReportLines lines, ProgressCards progressCards, ExtensionNoticeCard extensionNotices, OfficeCards officeCards)
{
    public Task<Activity> BuildAsync(OutboxMessage message, string? locale, CancellationToken ct) =>
        BuildAsync(message, locale, new ReminderCardCache(), ct);

    /// <summary>Renders <paramref name="message"/>, reusing what <paramref name="cards"/> already read for its line.</summary>
    public async Task<Activity> BuildAsync(OutboxMessage message, string? locale, ReminderCardCache cards, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(cards);
        var texts = BotTexts.For(locale);
        var card = (OfficeCards.Renders(message) ? await officeCards.BuildAsync(message, texts, ct) : null)
            ?? (message.TaskId is not null ? await TaskReminderAsync(message, texts, cards, ct)
            : message.Subject.StartsWith(ExtensionRequests.SubjectPrefix, StringComparison.Ordinal) ? await extensionNotices.BuildAsync(message, texts, ct)
            : await NoticeAsync(message, texts, ct));
        return Activity.CreateMessage(attachments: [card.ToAttachment()]);
    }

    public static string PeriodText(string? periodKey, BotTexts texts) =>
        periodKey is null ? "" :
        ReportingPeriods.TryParse(periodKey, out var period) ? texts.PeriodLabel(period) :
        periodKey.StartsWith('D') && DateOnly.TryParseExact(periodKey[1..], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var deadline) ? texts.DeadlineLabel(deadline) :
        periodKey;

    private async Task<AdaptiveCard> TaskReminderAsync(OutboxMessage message, BotTexts texts, ReminderCardCache cards, CancellationToken ct)
    {
        var cutOff = message.CutOff ?? DateOnly.MinValue;
        var (taskId, unitId, periodKey) = (message.TaskId!.Value, message.UnitId!.Value, message.ReportPeriodKey ?? "");
        var shared = await cards.GetAsync(taskId, unitId, periodKey, cutOff, async () =>
        {
            var found = await lines.ForReminderAsync(taskId, unitId, periodKey, cutOff, ct);
            return await progressCards.ModelAsync(found, "", ct);
        });
        var line = shared.Line;
        var unit = line.Unit.Name;
        var period = PeriodText(message.ReportPeriodKey, texts);
        var (title, intro) = message.Stage switch
        {
            ReminderStage.FollowUp => (texts.FollowUpTitle(period), texts.FollowUpIntro(unit, cutOff)),
            ReminderStage.Snooze => (texts.SnoozedTitle, texts.ReminderIntro(unit, cutOff)),
            _ => (texts.ReminderTitle(period), texts.ReminderIntro(unit, cutOff)),
        };

        // The card id is the outbox row: redrawing the card (a refresh) keeps it, so a double click stays one click.
        var card = ProgressCard.Form(
            shared with { CardId = ProgressCards.ReminderCardId(message.Id), Title = title, Intro = intro, TitleColor = message.Stage == ReminderStage.FollowUp ? TextColor.Attention : TextColor.Accent },
            texts);
        card.FallbackText = $"{title}: {texts.TaskLabel(line.Task.Key)}";
        return card;
    }

    private async Task<AdaptiveCard> NoticeAsync(OutboxMessage message, BotTexts texts, CancellationToken ct)
    {
        var period = PeriodText(message.ReportPeriodKey, texts);
        var cutOff = message.CutOff ?? DateOnly.MinValue;
        var items = message.Payload is { Length: > 0 } && message.Payload.StartsWith('[')
            ? JsonSerializer.Deserialize<List<LateItem>>(message.Payload) ?? []
            : [];
        var plan = await new PlanCatalog(db).CurrentPlanAsync(ct);
        var (title, intro) = message.Subject switch
        {
            "escalation" => (texts.EscalationTitle(period), texts.EscalationIntro(items.Count, cutOff)),
            "unassigned" => (texts.UnassignedTitle(period), texts.UnassignedIntro),
            _ when message.Subject.StartsWith($"{OfficeNotices.Unconfirmed}:", StringComparison.Ordinal) => (texts.UnconfirmedTitle, texts.UnconfirmedIntro(message.Payload ?? "?", period, message.LastError ?? "")),
            _ when message.Subject.StartsWith("unreachable:", StringComparison.Ordinal) => (texts.UnreachableTitle, texts.UnreachableIntro(message.Payload ?? "?", message.LastError ?? "")),
            nameof(PciBot.Schedules.ScheduleKind.OfficeRollup) => (texts.RollupTitle(period), texts.RollupIntro(plan?.Tasks.Count ?? 0, cutOff)),
            nameof(PciBot.Schedules.ScheduleKind.YearEnd) => (texts.YearEndTitle(plan?.Year ?? cutOff.Year), texts.YearEndIntro(await UnitNameAsync(plan?.ReportToUnitCode, ct), cutOff)),
            nameof(PciBot.Schedules.ScheduleKind.Dialogue) => (texts.DialogueTitle(period), texts.DialogueIntro),
            _ => (message.Subject, ""),
        };

        var body = new List<CardElement>
        {
            new TextBlock { Text = title, Weight = TextWeight.Bolder, Size = TextSize.Large, Color = message.Subject == "escalation" ? TextColor.Attention : TextColor.Accent, Wrap = true },
            new TextBlock { Text = intro, Wrap = true },
        };
        body.AddRange(await ItemLinesAsync(items, plan, texts, ct));
        return new AdaptiveCard { Lang = texts.Language, FallbackText = title, Body = body };
    }

    private async Task<IEnumerable<CardElement>> ItemLinesAsync(List<LateItem> items, Plan? plan, BotTexts texts, CancellationToken ct)
    {
        if (items.Count == 0 || plan is null)
        {
            return [];
        }

        var unitIds = items.Select(i => i.UnitId).Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        var heads = await db.UnitMemberships.AsNoTracking().Include(m => m.Person)
            .Where(m => unitIds.Contains(m.UnitId))
            .ToListAsync(ct);
        var tasks = plan.Tasks.ToDictionary(t => t.Id);
        return items
            .Where(i => tasks.ContainsKey(i.TaskId) && units.ContainsKey(i.UnitId))
            .GroupBy(i => i.UnitId)
            .Select(g =>
            {
                var people = heads.Where(h => h.UnitId == g.Key).Select(h => h.Person!.Name).ToList();
                var who = people.Count == 0 ? texts.NobodyAssigned : string.Join(", ", people);
                var keys = string.Join(", ", g.Select(i => tasks[i.TaskId].Key.ToString()));
                return (CardElement)new TextBlock { Text = $"**{units[g.Key].Name}** ({who}): {keys}", Wrap = true, Spacing = Spacing.Small };
            })
            .ToList();
    }

    private async Task<string> UnitNameAsync(string? code, CancellationToken ct) =>
        code is null ? "" : await db.Units.Where(u => u.Code == code).Select(u => u.FullName).SingleOrDefaultAsync(ct) ?? code;
}
