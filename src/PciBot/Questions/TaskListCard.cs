using PciBot.BotFramework.Cards;
using PciBot.Kit.Cards;
using PciBot.Localization;
using PciBot.Registry;
using PciBot.Updates;

namespace PciBot.Questions;

/// <summary>Tasks grouped by index, one compact line each.</summary>
internal static class TaskListCard
{
    /// <summary>Keeps a full plan well inside Teams' message size limit.</summary>
    public const int MaxLines = 40;

    public static AdaptiveCard Build(Plan plan, IReadOnlyList<PlanTask> tasks, string? filter, BotTexts texts, IReadOnlyDictionary<int, IReadOnlyList<DateOnly>>? cutOffs = null)
    {
        var body = new List<CardElement>
        {
            new TextBlock { Text = texts.Questions.TaskListTitle(tasks.Count, filter), Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true },
            new TextBlock { Text = plan.Title, IsSubtle = true, Wrap = true, Spacing = Spacing.None },
        };
        if (tasks.Count == 0)
        {
            body.Add(new TextBlock { Text = texts.Questions.NoTasks, Wrap = true });
        }

        var shown = 0;
        foreach (var group in tasks.GroupBy(t => t.Index!).OrderBy(g => g.Key.Family).ThenBy(g => g.Key.Order))
        {
            if (shown >= MaxLines)
            {
                break;
            }

            body.Add(new TextBlock { Text = PlanFormat.IndexLine(group.Key, texts), Weight = TextWeight.Bolder, Wrap = true, Separator = true });
            foreach (var task in group.OrderBy(t => t.Number).Take(MaxLines - shown))
            {
                var lead = PlanFormat.Units(task.UnitsIn(TaskUnitRole.Lead), texts);
                var due = cutOffs?.GetValueOrDefault(task.Id) is { Count: > 0 } dates ? $" · {texts.Updates.CutOff}: {string.Join(", ", dates.Select(BotTexts.Date))}" : "";
                body.Add(new TextBlock { Text = $"**{task.Key}** · {CardFormat.Short(task.Text, 110)} — _{lead}_{due}", Wrap = true, Spacing = Spacing.Small });
                shown++;
            }
        }

        if (shown < tasks.Count)
        {
            body.Add(new TextBlock { Text = texts.Questions.MoreTasks(tasks.Count - shown), IsSubtle = true, Wrap = true });
        }

        return new AdaptiveCard { Lang = texts.Language, FallbackText = texts.Questions.TaskListTitle(tasks.Count, filter), Body = body };
    }
}
