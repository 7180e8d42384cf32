namespace PciBot.Outbox;

/// <summary>
/// What a feature does about a message that did not surely arrive: its outcome is recorded as
/// <see cref="OutboxStatus.Unreachable"/>, <see cref="OutboxStatus.Failed"/> or <see cref="OutboxStatus.Unconfirmed"/>
/// (with the reason in <see cref="OutboxMessage.LastError"/>). The engine only reports it; who is told, and how, is the
/// feature's.
/// </summary>
internal interface IOutboxUndelivered
{
    Task UndeliveredAsync(OutboxMessage message, CancellationToken ct);
}
