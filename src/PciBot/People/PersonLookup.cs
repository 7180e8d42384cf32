namespace PciBot.People;

/// <summary>Who a user principal name or mail address belongs to: their Entra object id, and their Teams id when the Connector told it.</summary>
internal sealed record PersonLookup(PersonLookupOutcome Outcome, string? AadObjectId = null, string? TeamsUserId = null, string? Name = null, string? PrincipalName = null);
