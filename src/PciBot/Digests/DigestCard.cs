using System.Globalization;
using PciBot.BotFramework.Cards;
using PciBot.BotFramework.Schema;
using PciBot.Admin;
using PciBot.Calendar;
using PciBot.Kit.Cards;
using PciBot.Localization;
using PciBot.Registry;
using PciBot.Status;

namespace PciBot.Digests;

/// <summary>The digest as an Adaptive Card, with mentions of the heads of units that are late.</summary>
internal static class DigestCard
{
    // digestId is the outbox row of a scheduled digest, which the "Nhắc lại" buttons name; one asked for in the chat has none.
    public static AdaptiveCard Build(Digest digest, long? digestId, BotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(digest);
        ArgumentNullException.ThrowIfNull(texts);
        var title = texts.Digests.DigestTitle(texts.Calendar.PeriodLabel(digest.Quarter));
        var body = new List<CardElement>
        {
            new TextBlock { Text = title, Weight = TextWeight.Bolder, Size = TextSize.Large, Color = TextColor.Accent, Wrap = true },
            new TextBlock { Text = texts.Digests.DigestIntro(digest.AsOf, digest.Quarter.End), Wrap = true, IsSubtle = true, Spacing = Spacing.None },
            new TextBlock { Text = texts.Digests.CountingNote, Wrap = true, IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
        };
        if (digest.Readiness is { Units.Count: > 0 } ready)
        {
            body.Add(new TextBlock
            {
                Text = texts.Roster.DigestLine(ready.ReadyUnits, ready.Units.Count, ready.UnitsWithNobody.Count),
                Wrap = true,
                Color = ready.ReadyUnits == ready.Units.Count ? TextColor.Good : TextColor.Warning,
            });
        }

        body.AddRange(
        [
            Heading(texts.Digests.ByUnit),
            new FactSet { Facts = digest.ByUnit.Select(u => new Fact(u.UnitName, Counts(u.Counts, texts))).ToList() },
            Heading(texts.Digests.ByIndex),
            new FactSet { Facts = digest.ByIndex.Select(i => new Fact(IndexLabel(i, texts), Counts(i.Counts, texts))).ToList() },
            Heading(texts.Digests.DigestNotReportedTitle),
        ]);

        var mentions = new List<Mention>();
        if (digest.NotReported.Count == 0)
        {
            body.Add(new TextBlock { Text = texts.Digests.NothingToShow, Wrap = true, Spacing = Spacing.Small });
        }

        foreach (var unit in digest.NotReported)
        {
            var parts = ByCutOff(unit.Overdue).Select(g => texts.Digests.OverdueList(g.CutOff, g.Tasks))
                .Concat(ByCutOff(unit.Due).Select(g => texts.Digests.DueList(g.CutOff, g.Tasks)))
                .ToList();

            body.Add(new TextBlock { Text = $"**{unit.UnitName}**: {string.Join("; ", parts)}", Wrap = true, Spacing = Spacing.Small });
        }

        var heads = digest.NotReported.Where(u => u.Overdue.Count > 0).SelectMany(u => u.Heads).DistinctBy(h => h.TeamsUserId).ToList();
        if (heads.Count > 0)
        {
            mentions.AddRange(heads.Select(h => Mention.Of(new ChannelAccount { Id = h.TeamsUserId, Name = h.Name })));
            body.Add(new TextBlock { Text = texts.Digests.LateHeads(string.Join(", ", mentions.Select(m => m.Text))), Wrap = true, Color = TextColor.Attention });
        }

        body.Add(Heading(texts.Digests.NewObstaclesTitle));
        AddItems(body, digest.NewObstacles, o => ($"**{o.Key}** · {o.UnitName}: {Short(o.Obstacles.Length == 0 ? texts.Status.ReportStatusName(ReportStatus.Blocked) : o.Obstacles)}", OfficeVerbs.Open(o.TaskId), texts.Digests.OpenTask), texts);
        body.Add(Heading(texts.Digests.NewExtensionsTitle));
        AddItems(body, digest.NewExtensions, e => ($"**{e.Key}** · {Short(texts.Digests.ExtensionLine(e.PersonName, e.UnitName, e.Until, e.CutOff, e.Reason))}", OfficeVerbs.Open(e.TaskId), texts.Digests.OpenTask), texts);
        body.Add(Heading(texts.Digests.DigestOverdueTitle(digest.Overdue.Count, digest.Overdue.Select(o => o.TaskId).Distinct().Count())));
        AddItems(body, digest.Overdue, o => ($"**{o.Key}** · {texts.Digests.OverdueLine(o.UnitName, o.CutOff)}", digestId is { } id ? OfficeVerbs.NudgeLine(o, id) : null, texts.Digests.RemindAgain), texts);

        return new AdaptiveCard
        {
            Lang = texts.Language,
            FallbackText = title,
            Body = body,
            Msteams = new TeamsCardProperties { Width = TeamsCardProperties.FullWidth, Entities = mentions.Count == 0 ? null : mentions },
        };
    }

    public static string Counts(IReadOnlyDictionary<ReportStatus, int> counts, BotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(texts);
        return counts.Count == 0
            ? texts.Digests.NothingToShow
            : string.Join(" · ", counts.OrderBy(c => c.Key).Select(c => string.Create(CultureInfo.InvariantCulture, $"{texts.Status.ReportStatusName(c.Key)} {c.Value}")));
    }

    public static string IndexLabel(DigestIndexCount index, BotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(texts);
        var parts = new List<string>();
        if (index.WeightPercent is { } weight)
        {
            parts.Add($"{texts.Registry.Weight} {texts.Number(weight)}%");
        }

        if (index.TargetScore is { } target)
        {
            parts.Add(texts.Digests.TargetScore(texts.Number(target)));
        }

        return parts.Count == 0 ? $"{index.Code} {index.Name}" : $"{index.Code} {index.Name} ({string.Join(", ", parts)})";
    }

    private static IEnumerable<(DateOnly CutOff, string Tasks)> ByCutOff(IEnumerable<DigestDueLine> lines) =>
        lines.GroupBy(l => l.CutOff).OrderBy(g => g.Key).Select(g => (g.Key, string.Join(", ", g.Select(l => l.Key))));

    private static TextBlock Heading(string text) =>
        new() { Text = text, Weight = TextWeight.Bolder, Wrap = true, Separator = true, Spacing = Spacing.Medium };

    private static void AddItems<T>(List<CardElement> body, IReadOnlyList<T> items, Func<T, (string Text, object? Data, string Button)> line, BotTexts texts)
    {
        if (items.Count == 0)
        {
            body.Add(new TextBlock { Text = texts.Digests.NothingToShow, Wrap = true, Spacing = Spacing.Small });
            return;
        }

        foreach (var item in items.Take(DigestBuilder.MaxItems))
        {
            var (text, data, button) = line(item);
            if (data is null)
            {
                body.Add(new TextBlock { Text = text, Wrap = true, Spacing = Spacing.Small });
                continue;
            }

            body.Add(new ColumnSet
            {
                Spacing = Spacing.Small,
                Columns =
                [
                    new Column { Width = ColumnWidth.Stretch, Items = [new TextBlock { Text = text, Wrap = true }] },
                    new Column { Width = ColumnWidth.Auto, Items = [new ActionSet { Actions = [new ActionSubmit { Title = button, Data = data }] }] },
                ],
            });
        }

        if (items.Count > DigestBuilder.MaxItems)
        {
            body.Add(new TextBlock { Text = texts.Digests.MoreItems(items.Count - DigestBuilder.MaxItems), IsSubtle = true, Spacing = Spacing.Small });
        }
    }

    private static string Short(string text) => CardFormat.Short(text, 160);
}
