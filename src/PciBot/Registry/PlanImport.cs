namespace PciBot.Registry;

/// <summary>A plan file an admin sent, read and previewed, waiting to be applied or dropped.</summary>
internal sealed class PlanImport
{
    public int Id { get; set; }

    public required string ActorAadObjectId { get; set; }

    public required string FileName { get; set; }

    /// <summary>The plan's number; once applied, the seed files no longer overwrite that plan at start.</summary>
    public string? PlanNumber { get; set; }

    /// <summary>The plan read from the file, in the seed format (JSON).</summary>
    public required string SeedJson { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? AppliedAt { get; set; }

    public bool IsDiscarded { get; set; }
}
