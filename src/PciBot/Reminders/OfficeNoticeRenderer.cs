using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PciBot.BotFramework.Cards;
using PciBot.Calendar;
using PciBot.Data;
using PciBot.Graph;
using PciBot.Localization;
using PciBot.Outbox;
using PciBot.People;
using PciBot.Registry;
using PciBot.Schedules;

namespace PciBot.Reminders;

/// <summary>Renders the notices the Office receives from the reminder schedules and from the outbox's undelivered messages.</summary>
internal sealed class OfficeNoticeRenderer(PciBotDbContext db) : IOutboxRenderer
{
    public async Task<AdaptiveCard> RenderAsync(OutboxMessage message, BotTexts texts, OutboxRound round, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(texts);
        var period = texts.Calendar.PeriodText(message.ReportPeriodKey);
        var cutOff = message.CutOff ?? DateOnly.MinValue;
        var kind = message.Kind;
        var items = (kind == ReminderKinds.Escalation || kind == ReminderKinds.Unassigned) && message.Payload is { Length: > 0 } payload
            ? JsonSerializer.Deserialize<List<LateItem>>(payload) ?? []
            : [];
        var person = kind == ReminderKinds.Unconfirmed || kind == ReminderKinds.Unreachable ? PersonName(message) : "?";
        var plan = await new PlanCatalog(db).CurrentPlanAsync(ct);
        var (title, intro) = kind switch
        {
            _ when kind == ReminderKinds.Escalation => (texts.Reminders.EscalationTitle(period), texts.Reminders.EscalationIntro(items.Count, cutOff)),
            _ when kind == ReminderKinds.Unassigned => (texts.Reminders.UnassignedTitle(period), texts.Reminders.UnassignedIntro),
            _ when kind == ReminderKinds.Unconfirmed => (texts.Reminders.UnconfirmedTitle, texts.Reminders.UnconfirmedIntro(person, period, message.LastError ?? "")),
            _ when kind == ReminderKinds.Unreachable => (texts.Reminders.UnreachableTitle, texts.Reminders.UnreachableIntro(person, message.LastError ?? "")),
            _ when kind == ReminderKinds.Rollup => (texts.Schedules.RollupTitle(period), texts.Schedules.RollupIntro(plan?.Tasks.Count ?? 0, cutOff)),
            _ when kind == ReminderKinds.YearEnd => (texts.Schedules.YearEndTitle(plan?.Year ?? cutOff.Year), texts.Schedules.YearEndIntro(await UnitNameAsync(plan?.ReportToUnitCode, ct), cutOff)),
            _ when kind == PermissionNotices.Kind => (texts.Reminders.GraphPermissionTitle, texts.Reminders.GraphPermissionIntro(GraphPermissions.InstallApp)),
            _ when kind == ReminderKinds.Dialogue => (texts.Reminders.DialogueTitle(period), texts.Reminders.DialogueIntro),
            _ => (message.Subject, ""),
        };

        var body = new List<CardElement>
        {
            new TextBlock { Text = title, Weight = TextWeight.Bolder, Size = TextSize.Large, Color = kind == ReminderKinds.Escalation ? TextColor.Attention : TextColor.Accent, Wrap = true },
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
                var who = people.Count == 0 ? texts.Reminders.NobodyAssigned : string.Join(", ", people);
                var keys = string.Join(", ", g.Select(i => tasks[i.TaskId].Key.ToString()));
                return (CardElement)new TextBlock { Text = $"**{units[g.Key].Name}** ({who}): {keys}", Wrap = true, Spacing = Spacing.Small };
            })
            .ToList();
    }

    private static string PersonName(OutboxMessage message) =>
        message.Payload is { Length: > 0 } payload ? JsonSerializer.Deserialize<UndeliveredNotice>(payload)?.PersonName ?? "?" : "?";

    private async Task<string> UnitNameAsync(string? code, CancellationToken ct) =>
        code is null ? "" : await db.Units.Where(u => u.Code == code).Select(u => u.FullName).SingleOrDefaultAsync(ct) ?? code;
}
