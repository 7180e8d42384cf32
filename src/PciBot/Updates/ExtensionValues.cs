namespace PciBot.Updates;

/// <summary>A checked request for a later deadline.</summary>
internal sealed record ExtensionValues(DateOnly Until, string Reason);
