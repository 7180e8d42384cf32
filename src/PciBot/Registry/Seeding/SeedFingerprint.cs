namespace PciBot.Registry.Seeding;

/// <summary>The content hash of the seed files at the last seeding; a start whose files hash the same skips seeding.</summary>
internal sealed class SeedFingerprint
{
    public const int SingleId = 1;

    public int Id { get; set; } = SingleId;

    /// <summary>SHA-256 of the seed files' names and contents, in hex.</summary>
    public required string Hash { get; set; }

    public DateTimeOffset SeededAt { get; set; }
}
