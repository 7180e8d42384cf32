namespace PciBot.Admin;

/// <summary>A roster row that was left out, and why; <see cref="Detail"/> names what was written or what was meant.</summary>
internal sealed record RosterProblem(int Line, string Who, RosterProblemKind Kind, string? Detail = null);
