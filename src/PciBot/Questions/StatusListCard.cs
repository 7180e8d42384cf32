using PciBot.BotFramework.Cards;
using PciBot.Kit.Cards;
using PciBot.Localization;
using PciBot.Registry;
using PciBot.Status;

using PciBot.Updates;

namespace PciBot.Questions;

/// <summary>
/// An answer as a compact card: a count of lines per status (and of the tasks they belong to), then the rows of one page
/// under their section and index, each with task, short text, lead units, cut-off, status and the units whose line is
/// overdue, an update button where the reader may update, and a "more" button while rows remain.
/// </summary>
internal static class StatusListCard
{
    public const int PageSize = 40;

    public static int Pages(int rows) => Math.Max(1, (rows + PageSize - 1) / PageSize);

    /// <summary>The card; <c>scope</c> says what the answer covers when its title does not.</summary>
    public static AdaptiveCard Build(string title, string? subtitle, IReadOnlyList<AnswerRow> rows, int page, string question, BotTexts texts, string? scope = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(texts);
        var pages = Pages(rows.Count);
        page = Math.Clamp(page, 1, pages);
        var body = new List<CardElement>
        {
            new TextBlock { Text = title, Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true },
        };
        if (subtitle is not null)
        {
            body.Add(new TextBlock { Text = subtitle, IsSubtle = true, Wrap = true, Spacing = Spacing.None });
        }

        if (scope is not null)
        {
            body.Add(new TextBlock { Text = scope, IsSubtle = true, Size = TextSize.Small, Wrap = true, Spacing = Spacing.None });
        }

        if (rows.Count == 0)
        {
            body.Add(new TextBlock { Text = texts.Questions.NoTasks, Wrap = true });
            return new AdaptiveCard { Lang = texts.Language, FallbackText = title, Body = body };
        }

        var counts = rows.SelectMany(r => r.Lines).GroupBy(l => l.Status).OrderBy(g => Order(g.Key))
            .Select(g => texts.Questions.LineCount(texts.Status.ReportStatusName(g.Key), g.Count(), g.Select(l => l.Task.Id).Distinct().Count()));
        body.Add(new TextBlock { Text = string.Join(" · ", counts), Wrap = true, Spacing = Spacing.Small });

        string? section = null;
        string? index = null;
        foreach (var row in rows.Skip((page - 1) * PageSize).Take(PageSize))
        {
            if (row.Section != section)
            {
                section = row.Section;
                index = null;
                body.Add(new TextBlock { Text = section, Weight = TextWeight.Bolder, Color = ColorOf(row.Status, row.Section == texts.Status.ReportStatusName(row.Status)), Wrap = true, Separator = true });
            }

            if (row.Task.Index!.Code != index)
            {
                index = row.Task.Index.Code;
                body.Add(new TextBlock { Text = PlanFormat.IndexLine(row.Task.Index, texts), IsSubtle = true, Size = TextSize.Small, Wrap = true, Spacing = Spacing.Small });
            }

            body.Add(Line(row, texts));
        }

        if (pages > 1)
        {
            body.Add(new TextBlock { Text = texts.Questions.PageLabel(page, pages), IsSubtle = true, Size = TextSize.Small, Wrap = true });
        }

        var remaining = rows.Count - (page * PageSize);
        List<CardAction>? actions = remaining > 0 ? [More(question, page + 1, texts.Questions.MoreButton(remaining))] : null;
        return new AdaptiveCard { Lang = texts.Language, FallbackText = title, Body = body, Actions = actions };
    }

    public static int Order(Status.ReportStatus status) => status switch
    {
        Status.ReportStatus.Overdue => 0,
        Status.ReportStatus.Blocked => 1,
        Status.ReportStatus.Due => 2,
        Status.ReportStatus.Reported => 3,
        Status.ReportStatus.DoneLate => 4,
        Status.ReportStatus.DoneOnTime => 5,
        _ => 6,
    };

    private static ColumnSet Line(AnswerRow row, BotTexts texts)
    {
        var cutOff = row.CutOff is { } date ? BotTexts.Date(date) : texts.Questions.NothingToReport;
        var notes = new List<string>();
        if (row.Lines.Count > 1)
        {
            notes.Add(texts.Questions.ReportedCount(row.Reported, row.Lines.Count));
        }

        if (row.OverdueUnits is { Count: > 0 } overdue && !(row.Lines.Count == 1 && row.LeadUnits == overdue[0]))
        {
            notes.Add(texts.Questions.OverdueUnits(string.Join(", ", overdue)));
        }

        var count = notes.Count == 0 ? "" : $" ({string.Join("; ", notes)})";
        var text = $"**{row.Task.Key}** · {CardFormat.Short(row.Task.Text, 90)} — _{row.LeadUnits ?? PlanFormat.Units(row.Task.UnitsIn(TaskUnitRole.Lead), texts)}_ · {cutOff} · **{texts.Status.ReportStatusName(row.Status)}**{count}";
        var columns = new List<Column>
        {
            new() { Width = ColumnWidth.Stretch, Items = [new TextBlock { Text = text, Wrap = true, Size = TextSize.Small }] },
        };
        if (row.MayUpdate)
        {
            // An Action.Submit, not an Action.Execute: the update cards come as a reply, and the list stays for the next line.
            columns.Add(new Column
            {
                Width = ColumnWidth.Auto,
                VerticalContentAlignment = VerticalContentAlignment.Center,
                Items = [new ActionSet { Actions = [new ActionSubmit { Title = texts.Questions.UpdateButton, Data = ProgressOpenData.ForTask(row.Task.Id) }] }],
            });
        }

        return new ColumnSet { Columns = columns, Spacing = Spacing.Small };
    }

    private static TextColor? ColorOf(Status.ReportStatus status, bool isStatusSection) => !isStatusSection ? null : status switch
    {
        Status.ReportStatus.Overdue or Status.ReportStatus.Blocked => TextColor.Attention,
        Status.ReportStatus.Due => TextColor.Warning,
        Status.ReportStatus.DoneOnTime or Status.ReportStatus.DoneLate => TextColor.Good,
        _ => TextColor.Default,
    };

    private static ActionExecute More(string question, int page, string title)
    {
        var data = new QuestionMoreData(QuestionVerbs.More, question, page);
        return new ActionExecute { Title = title, Verb = QuestionVerbs.More, Data = data, Fallback = new ActionSubmit { Title = title, Data = data } };
    }
}
