namespace PciBot.Registry.Seeding;

internal sealed record UnitSeed(
    string Code,
    string Name,
    string FullName,
    IReadOnlyList<string>? Aliases,
    bool Internal,
    UnitKind Kind,
    IReadOnlyList<string>? Members);
