using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PciBot.BotFramework.Cards;
using PciBot.BotFramework.Schema;
using PciBot.Calendar;
using PciBot.Chat.Cards;
using PciBot.Data;
using PciBot.Localization;
using PciBot.Registry;

namespace PciBot.Reminders;

/// <summary>Renders an outbox message as the card its recipient sees, from the registry as it is at send time.</summary>
internal sealed class ReminderMessages(PciBotDbContext db)
{
    public async Task<Activity> BuildAsync(OutboxMessage message, string? locale, CancellationToken ct)
    {
        var texts = BotTexts.For(locale);
        var card = message.TaskId is not null
            ? await TaskReminderAsync(message, texts, ct)
            : await NoticeAsync(message, texts, ct);
        return Activity.CreateMessage(attachments: [card.ToAttachment()]);
    }

    public static string PeriodText(string? periodKey, BotTexts texts) =>
        periodKey is null ? "" :
        ReportingPeriods.TryParse(periodKey, out var period) ? texts.PeriodLabel(period) :
        periodKey.StartsWith('D') && DateOnly.TryParseExact(periodKey[1..], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var deadline) ? texts.DeadlineLabel(deadline) :
        periodKey;

    /// <summary>
    /// Reads what the task reminders among <paramref name="messages"/> show, in a fixed number of queries, so that a
    /// batch renders each distinct card once. The result is safe to use from parallel sends.
    /// </summary>
    public async Task<PreparedCards> PrepareAsync(IReadOnlyCollection<OutboxMessage> messages, CancellationToken ct)
    {
        var taskIds = messages.Where(m => m.TaskId is not null).Select(m => m.TaskId!.Value).Distinct().ToList();
        var unitIds = messages.Where(m => m.UnitId is not null).Select(m => m.UnitId!.Value).Distinct().ToList();
        if (taskIds.Count == 0)
        {
            return new PreparedCards(new Dictionary<int, PlanTask>(), new Dictionary<int, Unit>());
        }

        var tasks = await TasksWithDetails().Where(t => taskIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        return new PreparedCards(tasks, units);
    }

    /// <summary>The reminder card of a task for one of its units, at the stage the message is at.</summary>
    public static Activity TaskReminder(OutboxMessage message, PlanTask task, Unit unit, BotTexts texts) =>
        Activity.CreateMessage(attachments: [TaskReminderCard(message, task, unit, texts).ToAttachment()]);

    private IQueryable<PlanTask> TasksWithDetails() => db.Tasks.AsNoTracking()
        .Include(t => t.Plan)
        .Include(t => t.Index)
        .Include(t => t.Units).ThenInclude(u => u.Unit)
        .AsSplitQuery();

    private async Task<AdaptiveCard> TaskReminderAsync(OutboxMessage message, BotTexts texts, CancellationToken ct)
    {
        var task = await TasksWithDetails().SingleAsync(t => t.Id == message.TaskId, ct);
        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == message.UnitId, ct);
        return TaskReminderCard(message, task, unit, texts);
    }

    private static AdaptiveCard TaskReminderCard(OutboxMessage message, PlanTask task, Unit unit, BotTexts texts)
    {
        var period = PeriodText(message.ReportPeriodKey, texts);
        var cutOff = message.CutOff ?? DateOnly.MinValue;
        var (title, intro) = message.Stage switch
        {
            ReminderStage.FollowUp => (texts.FollowUpTitle(period), texts.FollowUpIntro(unit.Name, cutOff)),
            ReminderStage.Snooze => (texts.SnoozedTitle, texts.ReminderIntro(unit.Name, cutOff)),
            _ => (texts.ReminderTitle(period), texts.ReminderIntro(unit.Name, cutOff)),
        };

        var card = TaskCard.Build(task.Plan!, task, texts);
        card.Body.Insert(0, new TextBlock { Text = title, Weight = TextWeight.Bolder, Size = TextSize.Large, Color = message.Stage == ReminderStage.FollowUp ? TextColor.Attention : TextColor.Accent, Wrap = true });
        card.Body.Insert(1, new TextBlock { Text = intro, Wrap = true });
        card.Body.Insert(2, new FactSet { Facts = [new Fact(texts.Unit, unit.Name), new Fact(texts.CutOff, BotTexts.Date(cutOff))] });
        card.FallbackText = $"{title}: {texts.TaskLabel(task.Key)}";
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
