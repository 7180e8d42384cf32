using PciBot.Registry.Seeding;

namespace PciBot.Admin;

/// <summary>A plan read from a document, and every cell that could not be read; such a plan is shown, never applied.</summary>
internal sealed record PlanReading(PlanSeed Seed, IReadOnlyList<PlanProblem> Problems);
