namespace PciBot.Inbox;

/// <summary>A message Teams was told was received, kept until it has been answered.</summary>
internal sealed class IncomingMessage
{
    public long Id { get; set; }

    public required string ConversationId { get; set; }

    /// <summary>The activity's id; Teams sends the same id again when it delivers an activity a second time.</summary>
    public string? ActivityId { get; set; }

    /// <summary>The activity as it arrived, after its token and service URL were checked (JSON, the wire format).</summary>
    public required string Activity { get; set; }

    public bool Welcome { get; set; }

    public bool SlowDown { get; set; }

    public DateTimeOffset AcceptedAt { get; set; }

    /// <summary>The instance working on it (<see cref="InboxOptions.Instance"/>); null when any instance may take it.</summary>
    public string? HeldBy { get; set; }

    /// <summary>When another instance may take it over if <see cref="HeldBy"/> has not answered it by then.</summary>
    public DateTimeOffset? HeldUntil { get; set; }

    /// <summary>How many times an instance took it up again after the one that held it stopped.</summary>
    public int Takeovers { get; set; }

    public DateTimeOffset? DoneAt { get; set; }
}
