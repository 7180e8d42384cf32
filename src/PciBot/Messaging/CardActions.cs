namespace PciBot.Messaging;

/// <summary>Hands a card action to the handler registered for its verb's prefix.</summary>
internal sealed class CardActions
{
    private readonly CardActionRoute[] routes;
    private readonly IServiceScopeFactory scopes;

    public CardActions(IEnumerable<CardActionRoute> routes, IServiceScopeFactory scopes)
    {
        // Longest first, so a prefix that extends another one wins; the same prefix twice would be a guess.
        this.routes = routes.OrderByDescending(r => r.VerbPrefix.Length).ToArray();
        this.scopes = scopes;
        if (this.routes.GroupBy(r => r.VerbPrefix, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new InvalidOperationException($"Card actions with the prefix '{twice.Key}' are registered more than once.");
        }
    }

    /// <summary>The handler's answer, or null when no handler takes the verb or the handler cannot read the data.</summary>
    public async Task<CardActionAnswer?> RunAsync(CardActionInput action, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (routes.FirstOrDefault(r => action.Verb.StartsWith(r.VerbPrefix, StringComparison.Ordinal)) is not { } route)
        {
            return null;
        }

        // A scope of its own, so what the handler saves is not mixed with what the request has already tracked.
        await using var scope = scopes.CreateAsyncScope();
        return await ((ICardActionHandler)scope.ServiceProvider.GetRequiredService(route.Handler)).HandleAsync(action, ct);
    }
}
