using PciBot.BotFramework.Cards;
using PciBot.Kit.Cards;
using PciBot.Localization;
using PciBot.Registry;
using PciBot.Status;

namespace PciBot.Questions;

/// <summary>
/// One appendix task in full: index, weight, target, units and timeline, then each lead unit's line this period and the
/// earlier lines still overdue.
/// </summary>
internal static class TaskCard
{
    public static AdaptiveCard Build(Plan plan, PlanTask task, BotTexts texts, IReadOnlyList<StatusLine>? status = null, IReadOnlyList<StatusLine>? overdue = null)
    {
        var index = task.Index!;
        var facts = new List<Fact>
        {
            new(texts.Registry.Index, PlanFormat.IndexLine(index, texts)),
        };
        if (index.TargetText is { Length: > 0 } target)
        {
            facts.Add(new Fact(texts.Registry.Target, target));
        }

        facts.Add(new Fact(texts.Registry.Lead, PlanFormat.Units(task.UnitsIn(TaskUnitRole.Lead), texts)));
        facts.Add(new Fact(texts.Registry.Coordinating, PlanFormat.Units(task.UnitsIn(TaskUnitRole.Coordinating), texts)));
        facts.Add(new Fact(texts.Questions.Timeline, task.Timeline));
        facts.Add(new Fact(texts.Registry.Reporting, texts.Questions.CadenceName(task.Cadence)));
        if (task.Deadline is { } deadline)
        {
            facts.Add(new Fact(texts.Questions.Deadline, BotTexts.Date(deadline)));
        }

        if (task.PeriodFrom is { } from && task.PeriodTo is { } to)
        {
            facts.Add(new Fact(texts.Questions.Period, $"{from}–{to}"));
        }

        if (task.Condition is { Length: > 0 } condition)
        {
            facts.Add(new Fact(task.ConditionMetAt is null ? texts.Questions.Condition : texts.Questions.ConditionMet, condition));
        }

        var shortText = CardFormat.Short(task.Text);
        var body = new List<CardElement>
        {
            new TextBlock { Text = $"{texts.Registry.TaskLabel(task.Key)} · {plan.Number}", Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true },
            new TextBlock { Id = "short", Text = shortText, Wrap = true },
        };
        var actions = new List<CardAction>();
        if (shortText.Length != task.Text.Length)
        {
            body.Add(new TextBlock { Id = "full", Text = task.Text, Wrap = true, IsVisible = false });
            actions.Add(new ActionToggleVisibility { Title = $"{texts.ShowMore} / {texts.ShowLess}", TargetElements = ["short", "full"] });
        }

        body.Add(new FactSet { Facts = facts, Separator = true });
        AddLines(body, texts.Questions.ThisPeriod, status, texts);
        AddLines(body, texts.Questions.StillOverdue, overdue, texts);

        return new AdaptiveCard { Lang = texts.Language, FallbackText = $"{texts.Registry.TaskLabel(task.Key)}: {shortText}", Body = body, Actions = actions.Count == 0 ? null : actions };
    }

    private static void AddLines(List<CardElement> body, string heading, IReadOnlyList<StatusLine>? lines, BotTexts texts)
    {
        if (lines is not { Count: > 0 })
        {
            return;
        }

        body.Add(new TextBlock { Text = heading, Weight = TextWeight.Bolder, Wrap = true, Separator = true });
        body.Add(new FactSet
        {
            Facts = lines.Select(l => new Fact(
                l.Unit.Name,
                $"{texts.Status.ReportStatusName(l.Status)} · {(l.CutOff is { } cutOff ? BotTexts.Date(cutOff) : texts.Questions.NothingToReport)}{(l.Latest?.PercentDone is { } percent ? $" · {percent}%" : "")}")).ToList(),
        });
    }
}
