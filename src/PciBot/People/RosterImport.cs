namespace PciBot.People;

/// <summary>A roster file read and previewed, waiting for the person who sent it to apply or discard it.</summary>
internal sealed class RosterImport
{
    public int Id { get; set; }

    public required string ActorAadObjectId { get; set; }

    public required string FileName { get; set; }

    /// <summary>The rows that were matched to a unit and a person, as JSON (<see cref="RosterEntry"/>).</summary>
    public required string EntriesJson { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? AppliedAt { get; set; }

    public bool IsDiscarded { get; set; }
}
