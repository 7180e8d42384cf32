using PciBot.Messaging;

namespace PciBot.Updates;

/// <summary>The Office's buttons on a request for more time.</summary>
internal sealed class ExtensionCardActions(ExtensionDecisions decisions) : ICardActionHandler
{
    public async Task<CardActionAnswer?> HandleAsync(CardActionInput action, CancellationToken ct) =>
        ExtensionActionRequest.From(action) is { } request ? await decisions.HandleAsync(request, ct) : null;
}
