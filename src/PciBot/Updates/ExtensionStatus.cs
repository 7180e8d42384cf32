namespace PciBot.Updates;

/// <summary>Where a request for more time stands. Stored by name.</summary>
internal enum ExtensionStatus
{
    /// <summary>Sent to the Office, not decided yet.</summary>
    Pending,

    /// <summary>The Office gave more time: the line's cut-off is the granted date.</summary>
    Approved,

    /// <summary>The Office said no, with a reason; the cut-off stays.</summary>
    Declined,
}
