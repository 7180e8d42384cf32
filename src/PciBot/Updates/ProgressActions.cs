using PciBot.BotFramework.Cards;
using PciBot.Calendar;
using PciBot.Kit.Roles;
using PciBot.Localization;
using PciBot.People;

namespace PciBot.Updates;

/// <summary>
/// Carries out a press on the update card, whichever way it arrived, and returns the card to show. Every action
/// first finds the line the card's ids name and checks that the person may act on it; a refusal stores nothing.
/// </summary>
internal sealed class ProgressActions(
    ReportLines lines,
    Askers askers,
    ProgressLedger ledger,
    ProgressCards cards,
    Snoozes snoozes,
    ExtensionRequests extensions,
    TimeProvider time,
    ILogger<ProgressActions> logger)
{
    private static readonly IReadOnlyDictionary<string, string> NoErrors = new Dictionary<string, string>();

    public async Task<CardActionOutcome> HandleAsync(CardActionRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var texts = BotTexts.For(request.Locale);
        var target = request.Target;
        var line = await LineAsync(request, request.Verb, "the card", ct);
        if (target is null || line is null)
        {
            return new CardActionOutcome(CardActionResult.Refused, ProgressCard.Refused(texts, target is null ? null : await lines.TaskAsync(target.TaskId, ct)));
        }

        var person = await askers.FindAsync(request.AadObjectId, ct);
        var model = await cards.ModelAsync(line, target.CardId, ct);
        if (!person.MayUpdate(line.Unit.Id))
        {
            if (request.Verb == ProgressVerbs.Refresh)
            {
                return new CardActionOutcome(CardActionResult.Shown, ProgressCard.Summary(model, texts, editable: false));
            }

            NotAllowed(request, request.Verb, line);
            return new CardActionOutcome(CardActionResult.Refused, ProgressCard.Refused(texts, line.Task));
        }

        return request.Verb switch
        {
            ProgressVerbs.Submit => await SubmitAsync(request, line, person!, model, texts, ct),
            ProgressVerbs.Snooze => await SnoozeAsync(request, line, person!, model, texts, ct),
            ProgressVerbs.Extend => await ExtendAsync(request, line, person!, model, texts, ct),
            ProgressVerbs.Edit => new CardActionOutcome(CardActionResult.Shown, ProgressCard.Form(model with { Intro = texts.Updates.EditIntro }, texts)),
            _ => new CardActionOutcome(CardActionResult.Shown, ProgressCard.Form(model, texts)),
        };
    }

    /// <summary>
    /// The card's submit for a form that is not a card (the dashboard's task page): the same line lookup, role rule,
    /// checks and ledger, so a form sent twice is stored once. <see cref="ProgressActionData.CardId"/> names the form.
    /// </summary>
    public async Task<ProgressSubmitOutcome> SubmitAsync(CardActionRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var texts = BotTexts.For(request.Locale);
        var target = request.Target;
        var line = await LineAsync(request, ProgressVerbs.Submit, "the form", ct);
        if (target is null || line is null)
        {
            return new ProgressSubmitOutcome(CardActionResult.Refused, NoErrors);
        }

        var person = await askers.FindAsync(request.AadObjectId, ct);
        if (!person.MayUpdate(line.Unit.Id))
        {
            NotAllowed(request, ProgressVerbs.Submit, line);
            return new ProgressSubmitOutcome(CardActionResult.Refused, NoErrors);
        }

        return await StoreAsync(request, line, person!, target.CardId, texts, ct);
    }

    /// <summary>The line the request's ids name, open today; null, logged as a refusal, when there is none.</summary>
    private async Task<ReportLine?> LineAsync(CardActionRequest request, string verb, string source, CancellationToken ct)
    {
        var target = request.Target;
        var line = target is null ? null : await lines.FindAsync(target.TaskId, target.UnitId, target.PeriodKey, VietnamTime.Today(time), ct);
        if (line is null)
        {
            UpdatesLog.Refused(logger, verb, target?.TaskId, target?.UnitId, target?.PeriodKey, request.AadObjectId, $"{source} names no line of the current plan");
        }

        return line;
    }

    private void NotAllowed(CardActionRequest request, string verb, ReportLine line) =>
        UpdatesLog.Refused(logger, verb, line.Task.Id, line.Unit.Id, line.PeriodKey, request.AadObjectId, "not a head or delegate of the unit, Office staff or admin");

    private async Task<ProgressSubmitOutcome> StoreAsync(CardActionRequest request, ReportLine line, Person person, string cardId, BotTexts texts, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var values = ProgressValidator.Check(request.Input, texts, errors);
        if (values is null)
        {
            return new ProgressSubmitOutcome(CardActionResult.Invalid, errors);
        }

        var (_, duplicate) = await ledger.AppendAsync(line, person, values, cardId, request.Target!.BasedOn, request.CardActivityId, ct);
        return new ProgressSubmitOutcome(duplicate ? CardActionResult.Duplicate : CardActionResult.Saved, NoErrors);
    }

    private async Task<CardActionOutcome> SubmitAsync(CardActionRequest request, ReportLine line, Person person, ProgressCardModel model, BotTexts texts, CancellationToken ct)
    {
        var stored = await StoreAsync(request, line, person, model.CardId, texts, ct);
        if (stored.Result == CardActionResult.Invalid)
        {
            return new CardActionOutcome(CardActionResult.Invalid, ProgressCard.Form(model with { Input = request.Input, Errors = stored.Errors }, texts));
        }

        var duplicate = stored.Result == CardActionResult.Duplicate;
        var summary = ProgressCard.Summary(model with { Latest = await ledger.LatestAsync(line, ct) }, texts, editable: true);
        return new CardActionOutcome(duplicate ? CardActionResult.Duplicate : CardActionResult.Saved, summary, ForEveryone: summary);
    }

    private async Task<CardActionOutcome> SnoozeAsync(CardActionRequest request, ReportLine line, Person person, ProgressCardModel model, BotTexts texts, CancellationToken ct)
    {
        if (!Snoozes.TryParse(request.Target!.Snooze, out var choice))
        {
            return new CardActionOutcome(CardActionResult.Shown, ProgressCard.Form(model with { Input = request.Input }, texts));
        }

        var option = await snoozes.QueueAsync(line, person, choice, ct);
        var banner = (texts.Updates.Snoozed(option), option.IsBeforeCutOff ? TextColor.Good : TextColor.Warning);
        var card = ProgressCard.Form(model with { Input = request.Input, Banner = banner }, texts);
        return new CardActionOutcome(CardActionResult.Snoozed, card);
    }

    private async Task<CardActionOutcome> ExtendAsync(CardActionRequest request, ReportLine line, Person person, ProgressCardModel model, BotTexts texts, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var values = ProgressValidator.CheckExtension(request.Input, model.ExtensionNotBefore, texts, errors);
        if (values is null)
        {
            return new CardActionOutcome(CardActionResult.Invalid, ProgressCard.Form(model with { Input = request.Input, Errors = errors, ShowExtension = true }, texts));
        }

        var recipients = await extensions.QueueAsync(line, person, values, model.CardId, ct);
        var banner = recipients == 0 ? (texts.Updates.NoOfficeToAsk, TextColor.Warning) : (texts.Updates.ExtensionSent(values.Until), TextColor.Good);
        var input = request.Input with { ExtendTo = null, ExtendReason = null };
        return new CardActionOutcome(CardActionResult.ExtensionRequested, ProgressCard.Form(model with { Input = input, Banner = banner }, texts));
    }
}
