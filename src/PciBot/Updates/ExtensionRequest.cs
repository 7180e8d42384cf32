namespace PciBot.Updates;

/// <summary>
/// A unit's request for a later cut-off on one line, and the Office's decision on it. Decided once: the decision is
/// written only while the request is still <see cref="ExtensionStatus.Pending"/>. An approved request moves the line's
/// cut-off to <see cref="GrantedUntil"/> (see <see cref="GrantedCutOffs"/>).
/// </summary>
internal sealed class ExtensionRequest
{
    public long Id { get; set; }

    public int TaskId { get; set; }

    public int UnitId { get; set; }

    /// <summary>The line's period or deadline ("2023-Q4", "D2023-12-31"), as the ledger keys it.</summary>
    public required string PeriodKey { get; set; }

    /// <summary>Who asked; they are told the decision.</summary>
    public int PersonId { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    /// <summary>The line's cut-off when the request was made.</summary>
    public DateOnly CutOff { get; set; }

    /// <summary>The date asked for.</summary>
    public DateOnly Until { get; set; }

    public required string Reason { get; set; }

    /// <summary>A hash of the line, the person, the date, the reason and the card: the same request sent twice is stored once.</summary>
    public required string Fingerprint { get; set; }

    public ExtensionStatus Status { get; set; }

    public int? DecidedByPersonId { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>The new cut-off, when approved; the Office may grant another date than the one asked for.</summary>
    public DateOnly? GrantedUntil { get; set; }

    /// <summary>Why the Office said no, when declined.</summary>
    public string? DeclineReason { get; set; }
}
