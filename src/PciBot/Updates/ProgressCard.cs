using System.Globalization;
using PciBot.BotFramework.Cards;
using PciBot.Calendar;
using PciBot.Kit.Cards;
using PciBot.Localization;
using PciBot.Registry;

namespace PciBot.Updates;

/// <summary>
/// The update card in its states: the form (fresh, with the latest update, with refused entries, after a snooze or a
/// request for more time), the summary everyone sees after an update, and the refusal.
/// </summary>
internal static class ProgressCard
{
    public const string SnoozeContainerId = "snoozeOptions";
    public const string ExtensionContainerId = "extensionForm";

    private const string ShortTextId = "taskShort";
    private const string FullTextId = "taskFull";

    public static AdaptiveCard Form(ProgressCardModel model, BotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(texts);
        var line = model.Line;
        var period = texts.Calendar.PeriodText(line.PeriodKey);
        var title = model.Title ?? texts.Updates.UpdateTitle(period);
        var body = new List<CardElement> { Heading(title, model.TitleColor) };
        if (model.Intro is { Length: > 0 } intro)
        {
            body.Add(new TextBlock { Text = intro, Wrap = true });
        }

        if (line.IsContribution)
        {
            body.Add(new TextBlock { Text = texts.Updates.ContributionIntro(line.Unit.Name), Wrap = true, IsSubtle = true });
        }

        if (model.Banner is { } banner)
        {
            body.Add(new TextBlock { Text = banner.Text, Color = banner.Color, Weight = TextWeight.Bolder, Wrap = true });
        }

        if (model.Errors.Count > 0)
        {
            body.Add(new TextBlock { Text = texts.FixErrors, Color = TextColor.Attention, Weight = TextWeight.Bolder, Wrap = true });
        }

        body.AddRange(TaskSection(line.Task, texts));
        body.Add(LineFacts(line, period, texts));
        body.Add(LatestSection(model.Latest, texts));
        body.Add(Fields(model, texts));
        body.Add(SnoozeSection(model, texts));
        body.Add(ExtensionSection(model, texts));

        return new AdaptiveCard
        {
            Lang = texts.Language,
            FallbackText = $"{title}: {texts.Registry.TaskLabel(line.Task.Key)} — {line.Unit.Name}",
            Body = body,
            Actions =
            [
                Execute(texts.Updates.SubmitUpdate, model.Data(ProgressVerbs.Submit) with { BasedOn = model.Latest?.Update.Sequence }, ActionStyle.Positive),
                new ActionToggleVisibility { Title = texts.Updates.RemindLater, TargetElements = [SnoozeContainerId] },
                new ActionToggleVisibility { Title = texts.Updates.RequestExtension, TargetElements = [ExtensionContainerId] },
            ],
            Refresh = Refresh(model),
            Msteams = new TeamsCardProperties { Width = TeamsCardProperties.FullWidth },
        };
    }

    /// <summary>
    /// The line as it now stands, without the form: what everyone sees once an update is in. With
    /// <paramref name="editable"/> and an update to show, it keeps an Edit button that brings the form back filled in.
    /// </summary>
    public static AdaptiveCard Summary(ProgressCardModel model, BotTexts texts, bool editable)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(texts);
        var line = model.Line;
        var period = texts.Calendar.PeriodText(line.PeriodKey);
        var title = model.Latest is null ? texts.Updates.UpdateTitle(period) : texts.Updates.UpdatedTitle;
        var body = new List<CardElement> { Heading(title, model.Latest is null ? TextColor.Accent : TextColor.Good) };
        if (model.Latest is { } latest)
        {
            body.Add(new TextBlock { Text = texts.Updates.UpdatedBy(latest.AuthorName, latest.Update.SubmittedAt), Weight = TextWeight.Bolder, Wrap = true });
        }

        body.AddRange(TaskSection(line.Task, texts));
        body.Add(LineFacts(line, period, texts));
        body.Add(LatestSection(model.Latest, texts));
        return new AdaptiveCard
        {
            Lang = texts.Language,
            FallbackText = $"{title}: {texts.Registry.TaskLabel(line.Task.Key)} — {line.Unit.Name}",
            Body = body,
            Actions = editable && model.Latest is not null ? [Execute(texts.Updates.EditUpdate, model.Data(ProgressVerbs.Edit))] : null,
            Refresh = Refresh(model),
            Msteams = new TeamsCardProperties { Width = TeamsCardProperties.FullWidth },
        };
    }

    /// <summary>The polite no, for someone who may not update the line (or a card whose ids name none).</summary>
    public static AdaptiveCard Refused(BotTexts texts, PlanTask? task)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var body = new List<CardElement>
        {
            Heading(texts.Updates.RefusedTitle, TextColor.Attention),
            new TextBlock { Text = texts.Updates.Refused, Wrap = true },
        };
        if (task is not null)
        {
            body.Add(new TextBlock { Text = $"{texts.Registry.TaskLabel(task.Key)} · {CardFormat.Short(task.Text)}", Wrap = true, IsSubtle = true });
        }

        return new AdaptiveCard { Lang = texts.Language, FallbackText = texts.Updates.RefusedTitle, Body = body };
    }

    /// <summary>The latest update's values as facts, shared by the form, the summary and the history.</summary>
    public static List<Fact> ValueFacts(ProgressUpdate update, BotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(update);
        ArgumentNullException.ThrowIfNull(texts);
        var facts = new List<Fact> { new(texts.Updates.Status, texts.Updates.StatusName(update.Status)) };
        if (update.PercentDone is { } percent)
        {
            facts.Add(new Fact(texts.Updates.PercentDone, string.Create(CultureInfo.InvariantCulture, $"{percent}%")));
        }

        AddIfAny(facts, texts.Updates.Result, update.Result);
        AddIfAny(facts, texts.Updates.Obstacles, update.Obstacles);
        AddIfAny(facts, texts.Updates.Evidence, update.EvidenceUrl);
        return facts;
    }

    private static TextBlock Heading(string text, TextColor color) =>
        new() { Text = text, Weight = TextWeight.Bolder, Size = TextSize.Large, Color = color, Wrap = true };

    private static IEnumerable<CardElement> TaskSection(PlanTask task, BotTexts texts)
    {
        var shortText = CardFormat.Short(task.Text);
        yield return new TextBlock { Text = $"{texts.Registry.TaskLabel(task.Key)} · {task.Plan?.Number}", Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true, Separator = true };
        yield return new TextBlock { Id = ShortTextId, Text = shortText, Wrap = true };
        if (shortText.Length != task.Text.Length)
        {
            yield return new TextBlock { Id = FullTextId, Text = task.Text, Wrap = true, IsVisible = false };
            yield return new ActionSet
            {
                Actions = [new ActionToggleVisibility { Title = $"{texts.ShowMore} / {texts.ShowLess}", TargetElements = [ShortTextId, FullTextId] }],
            };
        }
    }

    private static FactSet LineFacts(ReportLine line, string period, BotTexts texts)
    {
        var task = line.Task;
        var facts = new List<Fact>();
        if (task.Index is { } index)
        {
            facts.Add(new Fact(texts.Registry.Index, PlanFormat.IndexLine(index, texts)));
            if (index.TargetText is { Length: > 0 } target)
            {
                facts.Add(new Fact(texts.Registry.Target, target));
            }
        }

        facts.Add(new Fact(texts.Registry.Lead, PlanFormat.Units(task.UnitsIn(TaskUnitRole.Lead), texts)));
        facts.Add(new Fact(texts.Registry.Coordinating, PlanFormat.Units(task.UnitsIn(TaskUnitRole.Coordinating), texts)));
        facts.Add(new Fact(texts.Registry.Reporting, period));
        facts.Add(new Fact(texts.Updates.CutOff, BotTexts.Date(line.CutOff)));
        facts.Add(new Fact(texts.Updates.ReportingUnit, line.IsContribution ? $"{line.Unit.Name} ({texts.Updates.ContributionMark})" : line.Unit.Name));
        return new FactSet { Facts = facts, Separator = true };
    }

    private static Container LatestSection(ProgressEntry? latest, BotTexts texts)
    {
        var items = new List<CardElement> { new TextBlock { Text = texts.Updates.LatestUpdate, Weight = TextWeight.Bolder, Wrap = true } };
        if (latest is null)
        {
            items.Add(new TextBlock { Text = texts.Updates.NoUpdateYet, IsSubtle = true, Wrap = true, Spacing = Spacing.Small });
        }
        else
        {
            var facts = ValueFacts(latest.Update, texts);
            facts.Add(new Fact(texts.Updates.UpdatedByLabel, $"{latest.AuthorName} · {CalendarTexts.LocalMoment(latest.Update.SubmittedAt)}"));
            items.Add(new FactSet { Facts = facts, Spacing = Spacing.Small });
        }

        return new Container { Items = items, Separator = true, Style = ContainerStyle.Emphasis };
    }

    private static Container Fields(ProgressCardModel model, BotTexts texts)
    {
        var input = model.Input ?? (model.Latest is { } latest ? ProgressInput.Of(latest.Update) : ProgressInput.Empty);
        var items = new List<CardElement>
        {
            new InputChoiceSet
            {
                Id = ProgressFields.Status,
                Label = texts.Updates.Status,
                Style = ChoiceInputStyle.Expanded,
                Choices = Enum.GetValues<ProgressStatus>().Select(s => new Choice(texts.Updates.StatusName(s), s.ToString())).ToList(),
                Value = Enum.TryParse<ProgressStatus>(input.Status, ignoreCase: true, out var status) && Enum.IsDefined(status) ? status.ToString() : null,
                ErrorMessage = texts.Updates.StatusRequired,
            },
        };
        AddError(items, model, ProgressFields.Status);
        // No min or max on the input: a client clamps a value outside them without a word (150 became 100 % in the
        // Playground). The bot checks the range and says so, keeping what was entered.
        items.Add(new InputNumber
        {
            Id = ProgressFields.Percent,
            Label = texts.Updates.PercentDone,
            Placeholder = "0–100",
            Value = double.TryParse(input.Percent, NumberStyles.Float, CultureInfo.InvariantCulture, out var percent) && double.IsFinite(percent) ? percent : null,
            ErrorMessage = texts.Updates.PercentInvalid,
        });
        AddError(items, model, ProgressFields.Percent);
        items.Add(LongText(ProgressFields.Result, texts.Updates.Result, input.Result));
        AddError(items, model, ProgressFields.Result);
        items.Add(LongText(ProgressFields.Obstacles, texts.Updates.Obstacles, input.Obstacles));
        AddError(items, model, ProgressFields.Obstacles);
        items.Add(new InputText
        {
            Id = ProgressFields.Evidence,
            Label = texts.Updates.Evidence,
            Style = TextInputStyle.Url,
            Placeholder = "https://…",
            MaxLength = ProgressFields.MaxTextLength,
            Regex = @"^\s*https?://\S+\s*$",
            Value = input.Evidence,
            ErrorMessage = texts.Updates.LinkInvalid,
        });
        AddError(items, model, ProgressFields.Evidence);
        return new Container { Items = items, Separator = true };
    }

    /// <summary>
    /// The choices of "Nhắc lại sau", each with the day it brings the reminder back; a choice on or after the line's
    /// cut-off says so on its button and in a note above them.
    /// </summary>
    private static Container SnoozeSection(ProgressCardModel model, BotTexts texts)
    {
        var items = new List<CardElement> { new TextBlock { Text = texts.Updates.RemindLater, Weight = TextWeight.Bolder, Wrap = true } };
        var late = model.Snoozes.Where(o => !o.IsBeforeCutOff).ToList();
        if (late.Count > 0)
        {
            items.Add(new TextBlock { Text = texts.Updates.SnoozeNote(late, model.Line.CutOff), Color = TextColor.Warning, Wrap = true, Spacing = Spacing.Small });
        }

        items.Add(new ActionSet
        {
            Actions = model.Snoozes
                .Select(o => (CardAction)Execute(texts.Updates.SnoozeTitle(o), model.Data(ProgressVerbs.Snooze) with { Snooze = Snoozes.WireName(o.Choice) }))
                .ToList(),
        });
        return new Container { Id = SnoozeContainerId, IsVisible = false, Separator = true, Items = items };
    }

    private static Container ExtensionSection(ProgressCardModel model, BotTexts texts)
    {
        var input = model.Input ?? ProgressInput.Empty;
        var items = new List<CardElement>
        {
            new InputDate
            {
                Id = ProgressFields.ExtendTo,
                Label = texts.Updates.ExtensionDate,
                Min = model.ExtensionNotBefore,
                Value = DateOnly.TryParseExact(input.ExtendTo, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null,
                ErrorMessage = texts.Updates.ExtensionDateRequired,
            },
        };
        AddError(items, model, ProgressFields.ExtendTo);
        items.Add(LongText(ProgressFields.ExtendReason, texts.Updates.ExtensionReason, input.ExtendReason));
        AddError(items, model, ProgressFields.ExtendReason);
        items.Add(new ActionSet { Actions = [Execute(texts.Updates.SendExtension, model.Data(ProgressVerbs.Extend))] });
        return new Container
        {
            Id = ExtensionContainerId,
            IsVisible = model.ShowExtension || model.Errors.ContainsKey(ProgressFields.ExtendTo) || model.Errors.ContainsKey(ProgressFields.ExtendReason) ? null : false,
            Separator = true,
            Items = items,
        };
    }

    private static InputText LongText(string id, string label, string? value) => new()
    {
        Id = id,
        Label = label,
        IsMultiline = true,
        MaxLength = ProgressFields.MaxTextLength,
        Value = value,
    };

    // Teams shows an input's errorMessage only when its own checks fail; the bot's checks are shown in red below the field.
    private static void AddError(List<CardElement> items, ProgressCardModel model, string field)
    {
        if (model.Errors.TryGetValue(field, out var error))
        {
            items.Add(new TextBlock { Id = $"{field}Error", Text = error, Color = TextColor.Attention, Wrap = true, Spacing = Spacing.None });
            if (items[^2] is InputElement input)
            {
                input.ErrorMessage = error;
            }
        }
    }

    /// <summary>An Action.Execute that falls back to an Action.Submit with the same data for clients without Universal Actions.</summary>
    private static ActionExecute Execute(string title, ProgressActionData data, ActionStyle? style = null) => new()
    {
        Title = title,
        Verb = data.Verb,
        Data = data,
        Style = style,
        Fallback = new ActionSubmit { Title = title, Data = data, Style = style },
    };

    private static CardRefresh Refresh(ProgressCardModel model) => new()
    {
        Action = new ActionExecute { Verb = ProgressVerbs.Refresh, Data = model.Data(ProgressVerbs.Refresh) },
        UserIds = model.Editors.Take(CardRefresh.MaxUserIds).ToList(),
    };

    private static void AddIfAny(List<Fact> facts, string title, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            facts.Add(new Fact(title, value));
        }
    }
}
