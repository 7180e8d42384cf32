using PciBot.BotFramework.Cards;
using PciBot.Calendar;
using PciBot.Kit.Cards;
using PciBot.Localization;
using PciBot.Registry;

namespace PciBot.Updates;

/// <summary>A task's updates, newest first: who reported what for which period and unit.</summary>
internal static class ProgressHistoryCard
{
    /// <summary>Keeps the card far inside Teams' message size limit however long the history grows.</summary>
    public const int MaxEntries = 20;

    public static AdaptiveCard Build(PlanTask task, IReadOnlyList<ProgressEntry> entries, int total, BotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(texts);
        var title = texts.Updates.HistoryTitle(task.Key);
        var body = new List<CardElement>
        {
            new TextBlock { Text = title, Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true },
            new TextBlock { Text = CardFormat.Short(task.Text), IsSubtle = true, Wrap = true, Spacing = Spacing.None },
        };
        if (entries.Count == 0)
        {
            body.Add(new TextBlock { Text = texts.Updates.NoHistory, Wrap = true });
        }

        foreach (var entry in entries)
        {
            var update = entry.Update;
            var unit = update.IsContribution ? $"{entry.UnitName} ({texts.Updates.ContributionMark})" : entry.UnitName;
            var facts = ProgressCard.ValueFacts(update, texts);
            facts.Add(new Fact(texts.Updates.UpdatedByLabel, $"{entry.AuthorName} · {CalendarTexts.LocalMoment(update.SubmittedAt)}"));
            body.Add(new Container
            {
                Separator = true,
                Items =
                [
                    new TextBlock { Text = $"**{texts.Calendar.PeriodText(update.PeriodKey)}** · {unit}", Wrap = true },
                    new FactSet { Facts = facts, Spacing = Spacing.Small },
                ],
            });
        }

        if (total > entries.Count)
        {
            body.Add(new TextBlock { Text = texts.Updates.OlderUpdates(total - entries.Count), IsSubtle = true, Wrap = true });
        }

        return new AdaptiveCard { Lang = texts.Language, FallbackText = title, Body = body };
    }
}
