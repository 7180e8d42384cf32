using PciBot.BotFramework.Cards;
using PciBot.Calendar;
using PciBot.Localization;
using PciBot.Registry;
using PciBot.Schedules;

namespace PciBot.Admin;

/// <summary>The admin cards: schedules, their edit form, and the plain answers the admin actions give.</summary>
internal static class AdminCards
{
    public static AdaptiveCard Refused(BotTexts texts) => Message(texts, texts.Admin.AdminOnly, TextColor.Attention);

    public static AdaptiveCard Message(BotTexts texts, string text, TextColor? color = null) => new()
    {
        Lang = texts.Language,
        FallbackText = text,
        Body = [new TextBlock { Text = text, Wrap = true, Color = color }],
    };

    public static AdaptiveCard ScheduleList(IReadOnlyList<ScheduleView> views, IReadOnlyList<Unit> units, BotTexts texts)
    {
        var body = new List<CardElement> { Title(texts.Admin.SchedulesTitle) };
        foreach (var view in views)
        {
            var schedule = view.Schedule;
            body.Add(new TextBlock { Text = $"**{texts.Admin.ScheduleName(schedule.Key)}** (`{schedule.Key}`) · {(schedule.IsPaused ? texts.Admin.PausedLabel : texts.Admin.ActiveLabel)}", Wrap = true, Separator = true });
            body.Add(Facts(view, units, texts));
            body.Add(new ActionSet { Actions = [Execute(texts.Admin.EditSchedule, AdminVerbs.ScheduleEdit, schedule.Key)] });
        }

        return new AdaptiveCard { Lang = texts.Language, FallbackText = texts.Admin.SchedulesTitle, Body = body };
    }

    public static AdaptiveCard ScheduleEdit(ScheduleView view, IReadOnlyList<Unit> units, BotTexts texts, ScheduleInput? input = null, IReadOnlyDictionary<string, string>? errors = null, (string Text, TextColor Color)? banner = null)
    {
        var schedule = view.Schedule;
        input ??= ScheduleValidator.InputOf(schedule);
        errors ??= new Dictionary<string, string>();
        var name = texts.Admin.ScheduleName(schedule.Key);
        var body = new List<CardElement> { Title(texts.Admin.EditScheduleTitle(name)) };
        if (banner is { } b)
        {
            body.Add(new TextBlock { Text = b.Text, Color = b.Color, Weight = TextWeight.Bolder, Wrap = true });
        }

        body.Add(new TextBlock { Text = $"{(schedule.IsPaused ? texts.Admin.PausedLabel : texts.Admin.ActiveLabel)} · {texts.Admin.RuleWords(schedule)}", Wrap = true, IsSubtle = true });
        body.Add(Facts(view, units, texts));
        Add(body, new InputText { Id = "timeOfDay", Label = texts.Admin.TimeOfDayLabel, Value = input.TimeOfDay, MaxLength = 16 }, errors);
        Add(body, new InputChoiceSet
        {
            Id = "rule",
            Label = texts.Admin.RuleLabel,
            Value = input.Rule,
            Style = ChoiceInputStyle.Compact,
            Choices = Enum.GetValues<ScheduleRuleKind>().Select(r => new Choice(texts.Admin.RuleChoice(r), r.ToString())).ToList(),
        }, errors);
        Add(body, new InputText { Id = "ruleValue", Label = texts.Admin.RuleValueLabel, Placeholder = texts.Admin.RuleValueHint, Value = input.RuleValue, MaxLength = 128 }, errors);
        if (schedule.Kind is ScheduleKind.Monthly or ScheduleKind.Quarterly or ScheduleKind.Annual or ScheduleKind.Deadline)
        {
            Add(body, new InputText { Id = "followUp", Label = texts.Admin.FollowUpLabel(schedule.Kind), Value = input.FollowUp, MaxLength = 64 }, errors);
        }

        Add(body, new InputChoiceSet
        {
            Id = "recipients",
            Label = texts.Admin.RecipientsLabel,
            IsMultiSelect = true,
            Style = ChoiceInputStyle.Expanded,
            Value = input.Recipients,
            Choices = [new Choice(texts.Admin.PlanRecipients(schedule.Kind), ScheduleInput.PlanRecipients), .. units.Where(IsRecipient).Select(u => new Choice(u.Name, u.Code))],
        }, errors);

        return new AdaptiveCard
        {
            Lang = texts.Language,
            FallbackText = texts.Admin.EditScheduleTitle(name),
            Body = body,
            Actions =
            [
                Execute(texts.Admin.SaveSchedule, AdminVerbs.ScheduleSave, schedule.Key, ActionStyle.Positive),
                schedule.IsPaused ? Execute(texts.Admin.ResumeSchedule, AdminVerbs.ScheduleResume, schedule.Key) : Execute(texts.Admin.PauseSchedule, AdminVerbs.SchedulePause, schedule.Key),
                Execute(texts.Admin.RunNow, AdminVerbs.ScheduleRun, schedule.Key),
            ],
        };
    }

    public static bool IsRecipient(Unit unit) => unit.Internal;

    public static TextBlock Title(string text) => new() { Text = text, Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true };

    /// <summary>
    /// An Action.Execute that falls back to an Action.Submit with the same data for clients without Universal Actions.
    /// <paramref name="target"/> names what the button acts on: a schedule's key, a year, an import's id.
    /// </summary>
    public static ActionExecute Execute(string title, string verb, string? target = null, ActionStyle? style = null, IReadOnlyDictionary<string, string>? extra = null)
    {
        var data = new Dictionary<string, string> { ["verb"] = verb };
        if (target is not null)
        {
            data["target"] = target;
        }

        foreach (var (name, value) in extra ?? new Dictionary<string, string>())
        {
            data[name] = value;
        }

        return new ActionExecute { Title = title, Verb = verb, Data = data, Style = style, Fallback = new ActionSubmit { Title = title, Data = data, Style = style } };
    }

    /// <summary>Adds an input, with its reason in red below it and as its error message when it was refused.</summary>
    public static void Add(List<CardElement> body, InputElement input, IReadOnlyDictionary<string, string> errors)
    {
        body.Add(input);
        if (input.Id is { } id && errors.TryGetValue(id, out var error))
        {
            input.ErrorMessage = error;
            body.Add(new TextBlock { Text = error, Color = TextColor.Attention, Wrap = true, Spacing = Spacing.None });
        }
    }

    private static FactSet Facts(ScheduleView view, IReadOnlyList<Unit> units, BotTexts texts)
    {
        var schedule = view.Schedule;
        var codes = (schedule.RecipientUnitCodes ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
        var recipients = schedule.RecipientUnitCodes is null
            ? texts.Admin.PlanRecipients(schedule.Kind)
            : string.Join(", ", units.Where(u => codes.Contains(u.Code)).Select(u => u.Name));
        var next = view.Next.Count == 0 ? texts.Admin.NoNextFire : string.Join("; ", view.Next.Select(CalendarTexts.LocalMoment));
        return new FactSet
        {
            Facts =
            [
                new Fact(texts.Admin.RuleLabel, texts.Admin.RuleWords(schedule)),
                new Fact(texts.Admin.RecipientsLabel, recipients),
                new Fact(texts.Admin.NextFiresLabel, next),
            ],
        };
    }
}
