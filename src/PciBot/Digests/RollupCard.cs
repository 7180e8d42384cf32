using PciBot.BotFramework.Cards;
using PciBot.Calendar;
using PciBot.Exports;
using PciBot.Kit.Cards;
using PciBot.Rollups;
using PciBot.Localization;
using PciBot.Status;
using PciBot.Updates;

namespace PciBot.Digests;

/// <summary>
/// The rollup as a card: per index and task, each lead unit's status, % done, result and obstacles (cut short; the
/// exports hold them in full), the coordinators' contributions, and what changed since last quarter. Its buttons give
/// the person who presses links to the Word and Excel exports, or the links themselves are on it when it is sent to
/// one person of the Office. Each line says its cut-off, since a task reported monthly has a line per month.
/// </summary>
internal static class RollupCard
{
    private const int TextLength = 100;

    public static AdaptiveCard Build(Rollup rollup, string title, string intro, string report, BotTexts texts, IReadOnlyList<CardAction>? links = null)
    {
        ArgumentNullException.ThrowIfNull(rollup);
        ArgumentNullException.ThrowIfNull(texts);
        var body = new List<CardElement>
        {
            new TextBlock { Text = title, Weight = TextWeight.Bolder, Size = TextSize.Large, Color = TextColor.Accent, Wrap = true },
            new TextBlock { Text = intro, Wrap = true },
            new TextBlock { Text = texts.Digests.CountingNote, Wrap = true, IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
        };
        foreach (var index in rollup.Indices)
        {
            var counts = new DigestIndexCount(index.Code, index.Name, index.WeightPercent, index.TargetScore, index.TargetText, Digest.Count(index.Tasks.SelectMany(t => t.Lines)));
            body.Add(new TextBlock { Text = DigestCard.IndexLabel(counts, texts), Weight = TextWeight.Bolder, Wrap = true, Separator = true, Spacing = Spacing.Medium });
            foreach (var task in index.Tasks)
            {
                body.Add(new TextBlock { Text = $"**{task.Key}** {CardFormat.Short(task.Text, 80)}", Wrap = true, Spacing = Spacing.Small });
                body.Add(new TextBlock { Text = TaskLines(task, texts), Wrap = true, Spacing = Spacing.None, IsSubtle = false });
            }
        }

        return new AdaptiveCard
        {
            Lang = texts.Language,
            FallbackText = title,
            Body = body,
            Actions = links is not null ? [.. links] : [
                new ActionSubmit { Title = texts.Exports.DownloadWord, Data = OfficeVerbs.Download($"{report}.docx") },
                new ActionSubmit { Title = texts.Exports.DownloadExcel, Data = OfficeVerbs.Download($"{report}.xlsx") },
            ],
            Msteams = new TeamsCardProperties { Width = TeamsCardProperties.FullWidth },
        };
    }

    private static string TaskLines(RollupTask task, BotTexts texts)
    {
        var lines = task.Lines.Select(l =>
        {
            var text = l.CutOff is { } cutOff
                ? $"- {l.UnitName} · {texts.Calendar.DeadlineLabel(cutOff)}: {texts.Status.ReportStatusName(l.Status)}"
                : $"- {l.UnitName}: {texts.Status.ReportStatusName(l.Status)}";
            if (l.PercentDone is { } percent)
            {
                text += $", {percent}%";
            }

            if (l.Changed && l.PreviousStatus is { } previous)
            {
                var before = texts.Status.ReportStatusName(previous) + (l.PreviousPercentDone is { } p ? $", {p}%" : "");
                text += $" ({texts.Digests.PreviousQuarter(before)})";
            }

            if (!string.IsNullOrWhiteSpace(l.Result))
            {
                text += $". {texts.Updates.Result}: {CardFormat.Short(l.Result, TextLength)}";
            }

            if (!string.IsNullOrWhiteSpace(l.Obstacles))
            {
                text += $". {texts.Updates.Obstacles}: {CardFormat.Short(l.Obstacles, TextLength)}";
            }

            return text;
        }).ToList();
        if (task.Lines.Count == 0)
        {
            lines.Add($"- {task.LeadUnits} ({texts.Digests.ExternalLead})");
        }

        lines.AddRange(task.Contributions.Where(c => !string.IsNullOrWhiteSpace(c.Result))
            .Select(c => $"- {texts.Digests.ContributionsLabel} · {c.UnitName}: {CardFormat.Short(c.Result!, TextLength)}"));
        return string.Join("\n", lines);
    }
}
