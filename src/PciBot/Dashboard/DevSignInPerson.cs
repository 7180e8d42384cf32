namespace PciBot.Dashboard;

internal sealed record DevSignInPerson(string AadObjectId, string Name, string Roles);
