using System.Text.Json;
using PciBot.BotFramework.Cards;
using PciBot.BotFramework.Schema;
using PciBot.Calendar;
using PciBot.Kit.Cards;
using PciBot.Localization;
using PciBot.Status;
using PciBot.Updates;

namespace PciBot.Reminders;

/// <summary>
/// One person's reminder about several lines: each with its task, period, cut-off and status, and a button that opens
/// the line's update card in place of this one. As many lines as fit in <see cref="SizeBudget"/>; the card counts the
/// others and says where to see them.
/// </summary>
internal static class ReminderListCard
{
    /// <summary>
    /// 28 KB as Teams counts (UTF-16, the JSON as sent): the smallest card limit Teams has, the one of cards posted through
    /// webhooks and Workflows. A bot's messages may be larger, but a reminder has no reason to come near that.
    /// </summary>
    public const int SizeBudget = 28 * 1024;

    public static AdaptiveCard Build(ReminderListModel model, BotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(texts);
        var blocks = Blocks(model.Items, texts);
        var shown = Fitting(model, blocks, texts);
        var card = Card(model, blocks, shown, texts);
        while (SizeOf(card) > SizeBudget && shown > 1)
        {
            card = Card(model, blocks, --shown, texts);
        }

        return card;
    }

    /// <summary>The size Teams counts against its limit: the JSON as the bot sends it, two bytes a character.</summary>
    public static int SizeOf(AdaptiveCard card) => JsonSerializer.Serialize(card, BotJson.Options).Length * 2;

    /// <summary>How many lines fit: each line is measured once, not the whole card again for every line.</summary>
    private static int Fitting(ReminderListModel model, List<List<CardElement>> blocks, BotTexts texts)
    {
        var room = (SizeBudget / 2) - (SizeOf(Card(model, blocks, 0, texts)) / 2);
        var shown = 0;
        foreach (var block in blocks)
        {
            room -= block.Sum(element => JsonSerializer.Serialize(element, BotJson.Options).Length + 1);
            if (room < 0)
            {
                break;
            }

            shown++;
        }

        return shown;
    }

    private static AdaptiveCard Card(ReminderListModel model, List<List<CardElement>> blocks, int shown, BotTexts texts)
    {
        var body = new List<CardElement>
        {
            new TextBlock { Text = model.Title, Weight = TextWeight.Bolder, Size = TextSize.Large, Color = model.TitleColor, Wrap = true },
            new TextBlock { Text = model.Intro, Wrap = true },
        };
        body.AddRange(blocks.Take(shown).SelectMany(block => block));
        var hidden = model.Items.Count - shown;
        if (hidden > 0)
        {
            body.Add(new TextBlock { Text = texts.Reminders.MoreLines(hidden), Wrap = true, Weight = TextWeight.Bolder, Separator = true });
        }

        body.Add(new TextBlock { Text = texts.Reminders.ListHint, Wrap = true, IsSubtle = true, Size = TextSize.Small, Separator = hidden == 0 });
        return new AdaptiveCard
        {
            Lang = texts.Language,
            FallbackText = $"{model.Title}: {texts.Reminders.LineCount(model.Items.Count)}",
            Body = body,
            Msteams = new TeamsCardProperties { Width = TeamsCardProperties.FullWidth },
        };
    }

    /// <summary>The elements of each line, the unit's name before its first line when the lines are of several units.</summary>
    private static List<List<CardElement>> Blocks(IReadOnlyList<ReminderListItem> items, BotTexts texts)
    {
        var severalUnits = items.Select(i => i.Line.Unit.Id).Distinct().Count() > 1;
        var blocks = new List<List<CardElement>>();
        int? unit = null;
        foreach (var item in items)
        {
            var block = new List<CardElement>();
            if (severalUnits && item.Line.Unit.Id != unit)
            {
                block.Add(new TextBlock { Text = item.Line.Unit.Name, Weight = TextWeight.Bolder, Wrap = true, Separator = true });
            }

            unit = item.Line.Unit.Id;
            block.Add(Line(item, texts, separator: !severalUnits && blocks.Count == 0));
            blocks.Add(block);
        }

        return blocks;
    }

    private static ColumnSet Line(ReminderListItem item, BotTexts texts, bool separator)
    {
        var line = item.Line;
        var contribution = line.IsContribution ? $" · {texts.Updates.ContributionMark}" : "";
        var facts = $"{texts.Calendar.PeriodText(line.PeriodKey)} · {texts.Updates.CutOff} {BotTexts.Date(line.CutOff)} · **{texts.Status.ReportStatusName(item.Status)}**{contribution}";
        var title = texts.Reminders.UpdateButton;
        var data = ProgressOpenData.ForLine(line.Task.Id, line.Unit.Id, line.PeriodKey);
        return new ColumnSet
        {
            Separator = separator ? true : null,
            Spacing = Spacing.Medium,
            Columns =
            [
                new Column
                {
                    Width = ColumnWidth.Stretch,
                    Items =
                    [
                        new TextBlock { Text = $"**{line.Task.Key}** · {CardFormat.Short(line.Task.Text, 90)}", Wrap = true },
                        new TextBlock { Text = facts, Wrap = true, Size = TextSize.Small, Color = ColorOf(item.Status), Spacing = Spacing.None },
                    ],
                },
                new Column
                {
                    Width = ColumnWidth.Auto,
                    VerticalContentAlignment = VerticalContentAlignment.Center,
                    Items =
                    [
                        new ActionSet
                        {
                            Actions = [new ActionExecute { Title = title, Verb = data.Verb, Data = data, Fallback = new ActionSubmit { Title = title, Data = data } }],
                        },
                    ],
                },
            ],
        };
    }

    private static TextColor? ColorOf(ReportStatus status) => status switch
    {
        ReportStatus.Overdue or ReportStatus.Blocked => TextColor.Attention,
        ReportStatus.DoneOnTime or ReportStatus.DoneLate => TextColor.Good,
        _ => null,
    };
}
