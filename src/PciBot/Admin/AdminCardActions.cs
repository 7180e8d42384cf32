using PciBot.Messaging;

namespace PciBot.Admin;

/// <summary>The admin cards' buttons: each answers with the card to show next.</summary>
internal sealed class AdminCardActions(AdminActions actions) : ICardActionHandler
{
    public async Task<CardActionAnswer?> HandleAsync(CardActionInput action, CancellationToken ct) =>
        AdminActionRequest.From(action) is { } request ? CardActionAnswer.Show(await actions.HandleAsync(request, ct)) : null;
}
