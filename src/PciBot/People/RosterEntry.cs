namespace PciBot.People;

/// <summary>
/// One roster row matched to a unit (null for Office and admin) and to a person found in the directory: their Entra
/// object id, and their Teams id when the Connector told it.
/// </summary>
internal sealed record RosterEntry(int Line, string? UnitCode, PersonRole Role, string AadObjectId, string Name, string PrincipalName, string? TeamsUserId);
