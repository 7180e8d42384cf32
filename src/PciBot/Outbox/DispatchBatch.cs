using PciBot.Reminders;

namespace PciBot.Outbox;

/// <summary>What a dispatch round read once for all its rows: the claim it holds them by, who they go to, their cards.</summary>
internal sealed record DispatchBatch(string Claim, IReadOnlyDictionary<string, DeliveryTarget> Targets)
{
    public ReminderCardCache Cards { get; } = new();
}
