using System.Globalization;
using PciBot.BotFramework.Cards;
using PciBot.Calendar;
using PciBot.Kit.Cards;
using PciBot.Localization;
using PciBot.Registry;

namespace PciBot.Updates;

/// <summary>
/// The Office's card for a request for more time: undecided, with Approve (a new cut-off, the date asked for filled in)
/// and Decline (a reason); decided, with who decided, when and how; and the polite no for anyone else.
/// </summary>
internal static class ExtensionRequestCard
{
    public const string ApproveContainerId = "approveForm";
    public const string DeclineContainerId = "declineForm";

    /// <param name="view">The request as it now stands.</param>
    /// <param name="texts">The reader's language.</param>
    /// <param name="input">What was entered, when it comes back refused.</param>
    /// <param name="errors">Why an entry was refused, keyed by input id.</param>
    /// <param name="banner">A line at the top saying what just happened.</param>
    public static AdaptiveCard Build(
        ExtensionRequestView view,
        BotTexts texts,
        (string? GrantUntil, string? DeclineReason) input = default,
        IReadOnlyDictionary<string, string>? errors = null,
        (string Text, TextColor Color)? banner = null)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(texts);
        errors ??= new Dictionary<string, string>();
        var request = view.Request;
        var title = texts.Updates.ExtensionTitle(view.Task.Key);
        var body = new List<CardElement>
        {
            new TextBlock { Text = title, Weight = TextWeight.Bolder, Size = TextSize.Large, Color = TextColor.Accent, Wrap = true },
            new TextBlock { Text = texts.Updates.ExtensionIntro(view.RequesterName, view.UnitName, request.Until, request.CutOff), Wrap = true },
        };
        if (banner is { } shown)
        {
            body.Add(new TextBlock { Text = shown.Text, Color = shown.Color, Weight = TextWeight.Bolder, Wrap = true });
        }

        if (errors.Count > 0)
        {
            body.Add(new TextBlock { Text = texts.FixErrors, Color = TextColor.Attention, Weight = TextWeight.Bolder, Wrap = true });
        }

        body.Add(new FactSet
        {
            Facts =
            [
                new Fact(texts.Registry.Task, $"{view.Task.Key} · {CardFormat.Short(view.Task.Text)}"),
                new Fact(texts.Registry.Reporting, texts.Calendar.PeriodText(request.PeriodKey)),
                new Fact(texts.Updates.ExtensionDate, BotTexts.Date(request.Until)),
                new Fact(texts.Updates.ExtensionReason, request.Reason),
            ],
        });

        var card = new AdaptiveCard { Lang = texts.Language, FallbackText = title, Body = body };
        if (request.Status != ExtensionStatus.Pending)
        {
            body.AddRange(Decision(view, texts));
        }
        else if (view.Line is not null)
        {
            body.Add(ApproveForm(view, texts, input.GrantUntil, errors));
            body.Add(DeclineForm(view, texts, input.DeclineReason, errors));
            card.Actions =
            [
                new ActionToggleVisibility { Title = texts.Updates.Approve, TargetElements = [ApproveContainerId] },
                new ActionToggleVisibility { Title = texts.Updates.Decline, TargetElements = [DeclineContainerId] },
            ];
        }

        return card;
    }

    /// <summary>The polite no, for someone who is neither Office staff nor an admin.</summary>
    public static AdaptiveCard Refused(BotTexts texts, PlanTask? task) => Notice(texts, texts.Updates.DecideRefusedTitle, texts.Updates.DecideRefused, task);

    /// <summary>For a button that names no request, or one whose task has left the current plan.</summary>
    public static AdaptiveCard Gone(BotTexts texts, PlanTask? task) => Notice(texts, texts.Updates.DecideRefusedTitle, texts.Updates.RequestGone, task);

    private static AdaptiveCard Notice(BotTexts texts, string title, string text, PlanTask? task)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var body = new List<CardElement>
        {
            new TextBlock { Text = title, Weight = TextWeight.Bolder, Size = TextSize.Large, Color = TextColor.Attention, Wrap = true },
            new TextBlock { Text = text, Wrap = true },
        };
        if (task is not null)
        {
            body.Add(new TextBlock { Text = $"{texts.Registry.TaskLabel(task.Key)} · {CardFormat.Short(task.Text)}", Wrap = true, IsSubtle = true });
        }

        return new AdaptiveCard { Lang = texts.Language, FallbackText = title, Body = body };
    }

    private static IEnumerable<CardElement> Decision(ExtensionRequestView view, BotTexts texts)
    {
        var request = view.Request;
        var decider = view.DeciderName ?? "?";
        var at = request.DecidedAt ?? default;
        if (request is { Status: ExtensionStatus.Approved, GrantedUntil: { } until })
        {
            yield return new TextBlock { Text = texts.Updates.ApprovedBy(decider, at, until), Color = TextColor.Good, Weight = TextWeight.Bolder, Wrap = true, Separator = true };
            yield break;
        }

        yield return new TextBlock { Text = texts.Updates.DeclinedBy(decider, at), Color = TextColor.Attention, Weight = TextWeight.Bolder, Wrap = true, Separator = true };
        yield return new FactSet { Facts = [new Fact(texts.Updates.DeclineReason, request.DeclineReason ?? "")] };
    }

    private static Container ApproveForm(ExtensionRequestView view, BotTexts texts, string? entered, IReadOnlyDictionary<string, string> errors)
    {
        var items = new List<CardElement>
        {
            new InputDate
            {
                Id = ExtensionFields.GrantUntil,
                Label = texts.Updates.GrantedDate,
                Min = view.NotBefore,
                Value = entered is null ? view.SuggestedDate
                    : DateOnly.TryParseExact(entered, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null,
                ErrorMessage = errors.GetValueOrDefault(ExtensionFields.GrantUntil) ?? texts.Updates.GrantedDateRequired,
            },
        };
        AddError(items, errors, ExtensionFields.GrantUntil);
        items.Add(new ActionSet { Actions = [Execute(texts.Updates.ConfirmApprove, new ExtensionActionData(ExtensionVerbs.Approve, view.Request.Id), ActionStyle.Positive)] });
        return new Container { Id = ApproveContainerId, IsVisible = errors.ContainsKey(ExtensionFields.GrantUntil) ? null : false, Separator = true, Items = items };
    }

    private static Container DeclineForm(ExtensionRequestView view, BotTexts texts, string? entered, IReadOnlyDictionary<string, string> errors)
    {
        var items = new List<CardElement>
        {
            // Not isRequired: the client would then hold back Approve too while the reason is empty.
            new InputText
            {
                Id = ExtensionFields.DeclineReason,
                Label = texts.Updates.DeclineReason,
                IsMultiline = true,
                MaxLength = ProgressFields.MaxTextLength,
                Value = entered,
                ErrorMessage = errors.GetValueOrDefault(ExtensionFields.DeclineReason) ?? texts.Updates.DeclineReasonRequired,
            },
        };
        AddError(items, errors, ExtensionFields.DeclineReason);
        items.Add(new ActionSet { Actions = [Execute(texts.Updates.ConfirmDecline, new ExtensionActionData(ExtensionVerbs.Decline, view.Request.Id), ActionStyle.Destructive)] });
        return new Container { Id = DeclineContainerId, IsVisible = errors.ContainsKey(ExtensionFields.DeclineReason) ? null : false, Separator = true, Items = items };
    }

    // Teams shows an input's errorMessage only when its own checks fail; the bot's checks are shown in red below the field.
    private static void AddError(List<CardElement> items, IReadOnlyDictionary<string, string> errors, string field)
    {
        if (errors.TryGetValue(field, out var error))
        {
            items.Add(new TextBlock { Id = $"{field}Error", Text = error, Color = TextColor.Attention, Wrap = true, Spacing = Spacing.None });
        }
    }

    /// <summary>An Action.Execute that falls back to an Action.Submit with the same data for clients without Universal Actions.</summary>
    private static ActionExecute Execute(string title, ExtensionActionData data, ActionStyle style) => new()
    {
        Title = title,
        Verb = data.Verb,
        Data = data,
        Style = style,
        Fallback = new ActionSubmit { Title = title, Data = data, Style = style },
    };
}
