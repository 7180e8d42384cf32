namespace PciBot.Outbox;

/// <summary>What a dispatch round read once for all its rows: the claim it holds them by, who they go to, what renderers share.</summary>
internal sealed record DispatchBatch(string Claim, IReadOnlyDictionary<string, DeliveryTarget> Targets)
{
    public OutboxRound Round { get; } = new();
}
