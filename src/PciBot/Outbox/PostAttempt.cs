namespace PciBot.Outbox;

/// <summary>How far one send got before it ended, which decides what its outcome may be.</summary>
internal sealed class PostAttempt
{
    /// <summary>Where it was going, once known.</summary>
    public DeliveryTarget? Target { get; set; }

    /// <summary>Whether the post was under way: from then on the message may have arrived, whatever went wrong.</summary>
    public bool Posting { get; set; }
}
