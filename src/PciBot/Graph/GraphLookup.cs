namespace PciBot.Graph;

/// <summary>What Graph answered for a user principal name or mail address: one user, none, several, or a refusal.</summary>
internal sealed record GraphLookup(GraphLookupOutcome Outcome, GraphUser? User = null, int Matches = 0);
