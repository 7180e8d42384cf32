namespace PciBot.Registry.Seeding;

/// <summary>The units directory in seeds/units.json.</summary>
internal sealed record UnitsSeed(IReadOnlyList<UnitSeed> Units);
