namespace PciBot.Registry;

/// <summary>The current plan (null before any is seeded) and every unit with its members, as read at one moment.</summary>
internal sealed record PlanSnapshot(Plan? Plan, IReadOnlyList<Unit> Units);
