using PciBot.Messaging;

namespace PciBot.Updates;

/// <summary>
/// The update card's buttons. The card answers the one who pressed; unless they were refused, it takes the pressed
/// card's place, and what everyone else should see replaces it for them too.
/// </summary>
internal sealed class ProgressCardActions(ProgressActions progress) : ICardActionHandler
{
    public async Task<CardActionAnswer?> HandleAsync(CardActionInput action, CancellationToken ct)
    {
        if (CardActionRequest.From(action) is not { } request)
        {
            return null;
        }

        var outcome = await progress.HandleAsync(request, ct);
        return new CardActionAnswer(outcome.Card, ForEveryone: outcome.ForEveryone, InPlace: outcome.Result != CardActionResult.Refused);
    }
}
