namespace PciBot.Messaging;

/// <summary>What becomes of a chat message under the per-person limit.</summary>
internal enum ChatAllowance
{
    Answer,

    /// <summary>The first message over the limit: answered with one polite "slow down".</summary>
    SlowDown,

    /// <summary>Further messages over the limit: acknowledged and not queued.</summary>
    Drop,
}
