namespace PciBot.Admin;

/// <summary>
/// A cell of a plan document that was not read: where it is (a task such as "PCI 3", an index such as "A.II"), what it
/// says, and for an unknown unit the name of the closest known one.
/// </summary>
internal sealed record PlanProblem(PlanProblemKind Kind, string Where, string Written, string? Suggestion = null);
