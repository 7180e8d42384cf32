namespace PciBot.Audit;

/// <summary>One audited change (an admin's, a role, the Office's decision on a request for more time): who did what, when, and the state before and after.</summary>
internal sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public required string ActorAadObjectId { get; set; }

    public required string ActorName { get; set; }

    public required string Action { get; set; }

    public required string Subject { get; set; }

    public string? Before { get; set; }

    public string? After { get; set; }
}
