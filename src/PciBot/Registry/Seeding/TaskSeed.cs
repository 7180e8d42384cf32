namespace PciBot.Registry.Seeding;

internal sealed record TaskSeed(
    IndexFamily Family,
    int Number,
    string Index,
    string Text,
    IReadOnlyList<string> Lead,
    IReadOnlyList<string> Coordinating,
    string Timeline,
    Cadence Cadence,
    DateOnly? Deadline,
    int? PeriodFrom,
    int? PeriodTo,
    string? Condition);
