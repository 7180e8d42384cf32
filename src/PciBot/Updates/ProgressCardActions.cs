using PciBot.Localization;
using PciBot.Messaging;

namespace PciBot.Updates;

/// <summary>
/// The update card's buttons, and the "update" buttons other cards carry. The update card answers the one who pressed;
/// unless they were refused, it takes the pressed card's place, and what everyone else should see replaces it for them too.
/// </summary>
internal sealed class ProgressCardActions(ProgressActions progress, ProgressCommands commands, ProgressCards cards, ReportLines lines) : ICardActionHandler
{
    public async Task<CardActionAnswer?> HandleAsync(CardActionInput action, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (action.Verb == ProgressVerbs.Open)
        {
            return ProgressOpenData.Read(action.Data) is { } open ? await OpenAsync(action, open, ct) : null;
        }

        if (CardActionRequest.From(action) is not { } request)
        {
            return null;
        }

        return Answer(await progress.HandleAsync(request, ct));
    }

    /// <summary>One line's card takes the place of the card that listed it; a whole task's cards come as a reply, as the chat command gives them.</summary>
    private async Task<CardActionAnswer> OpenAsync(CardActionInput action, ProgressOpenData open, CancellationToken ct)
    {
        if (open is { UnitId: { } unitId, PeriodKey: { } periodKey })
        {
            var target = new ProgressActionData(ProgressVerbs.Open, open.TaskId, unitId, periodKey, cards.NewCardId());
            return Answer(await progress.HandleAsync(CardActionRequest.For(action, target), ct));
        }

        var texts = BotTexts.For(action.Activity.Locale);
        var reply = action.Activity.CreateReply();
        if (await lines.TaskAsync(open.TaskId, ct) is { } task)
        {
            await commands.OpenAsync(reply, action.Activity, task, texts, ct);
        }
        else
        {
            reply.Text = texts.Updates.TaskGone;
        }

        return CardActionAnswer.Beside(reply);
    }

    private static CardActionAnswer Answer(CardActionOutcome outcome) =>
        new(outcome.Card, ForEveryone: outcome.ForEveryone, InPlace: outcome.Result != CardActionResult.Refused);
}
